namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Decides which government a document speaks for, from its issuer and title: the first administrative place or
/// national body named in the issuer, else in the title. FTZ areas and other zones count as the city or province
/// holding them; a national body (国务院, 商务部) makes the document national, its local office (国家税务总局四川省税务局)
/// the office's place.
/// </summary>
public static class JurisdictionDetector
{
    /// <summary>Detects with <see cref="Gazetteer.Default"/>.</summary>
    public static Jurisdiction Detect(string title, string? issuer) => Detect(Gazetteer.Default, title, issuer);

    public static Jurisdiction Detect(Gazetteer gazetteer, string title, string? issuer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(title);
        return FirstJurisdiction(gazetteer, issuer ?? "")
            ?? FirstJurisdiction(gazetteer, title)
            ?? Jurisdiction.Unknown;
    }

    private static Jurisdiction? FirstJurisdiction(Gazetteer gazetteer, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // 国家税务总局四川省税务局 speaks for Sichuan, not for the nation.
            if (gazetteer.BranchNames.LongestAt(text, i, allowUnlistedPlace: false) is { Place: { } office }
                && AdministrativePlace(gazetteer, office) is { } officePlace)
                return ToJurisdiction(gazetteer, officePlace);
            var names = gazetteer.RegistryNames.LongestAt(text, i);
            if (names.Agency is { Level: AdminLevel.National })
                return National(gazetteer);
            if (names.Zone is not { } zone)
                continue;
            if (AdministrativePlace(gazetteer, zone) is { } place)
                return ToJurisdiction(gazetteer, place);
            i += names.ZoneLength - 1;
        }
        return null;
    }

    private static Jurisdiction National(Gazetteer gazetteer) =>
        new(gazetteer.Zones.FirstOrDefault(z => z.Kind == "country")?.Name ?? "全国", AdminLevel.National, null);

    private static readonly string[] AdministrativeKinds =
        ["country", "province", "city", "prefecture", "comprehensive-zone", "new-area", "district", "county-city", "county"];

    /// <summary>The zone itself when it is an administrative place, else its nearest administrative ancestor.</summary>
    private static ZoneEntry? AdministrativePlace(Gazetteer gazetteer, ZoneEntry zone) =>
        gazetteer.NearestAncestor(zone, z => AdministrativeKinds.Contains(z.Kind));

    private static Jurisdiction ToJurisdiction(Gazetteer gazetteer, ZoneEntry place)
    {
        var level = place.Kind switch
        {
            "country" => AdminLevel.National,
            "province" => AdminLevel.Provincial,
            "city" => AdminLevel.Municipal,
            "district" or "county" or "county-city" => AdminLevel.District,
            // A prefecture (州, 盟), a comprehensive experimental zone or a new area: the level its agencies have.
            _ => place.Level ?? AdminLevel.Municipal,
        };
        // A municipality (上海市) is its own province: its FTZ and 全省-style words belong to it.
        return new Jurisdiction(place.Name, level, gazetteer.ProvinceOf(place));
    }
}
