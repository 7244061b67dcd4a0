namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Decides which government a document speaks for, from its issuer and title: the first administrative place or
/// national body named in the issuer, else in the title. FTZ areas and other zones count as the city or province
/// holding them; a national body (国务院, 商务部) makes the document national, its local office (国家税务总局四川省税务局)
/// the office's place. A place the registry does not list counts only as the issuer states it: "青云市人民政府办公室"
/// speaks for 青云市 (<see cref="UnlistedIssuerPlace"/>).
/// </summary>
public static class JurisdictionDetector
{
    /// <summary>Detects with <see cref="Gazetteer.Default"/>.</summary>
    public static Jurisdiction Detect(string title, string? issuer) => Detect(Gazetteer.Default, title, issuer);

    public static Jurisdiction Detect(Gazetteer gazetteer, string title, string? issuer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(title);
        return WithUnlistedPlaceUnder(gazetteer, FirstJurisdiction(gazetteer, issuer ?? ""), issuer ?? "")
            ?? FirstJurisdiction(gazetteer, title)
            ?? UnlistedIssuerPlace(gazetteer, issuer ?? "")
            ?? Jurisdiction.Unknown;
    }

    /// <summary>
    /// The issuer's own place when the registry does not list it: the shortest start of the issuer that ends as a
    /// level word's place does (市, 县, 自治州 …) and is followed by the place's government or one of its departments
    /// ("青云市人民政府办公室", "青云市商务局"), the level from that word. Null when the issuer names no such place.
    /// </summary>
    private static Jurisdiction? UnlistedIssuerPlace(Gazetteer gazetteer, string issuer)
    {
        var endings = gazetteer.LevelWordList.OrderByDescending(w => w.Ending.Length).ToList();
        for (var end = MinPlaceLength; end < issuer.Length; end++)
        {
            if (!IsHan(issuer[end - 1])) return null;
            if (!StartsGovernmentBody(gazetteer, issuer, end)) continue;
            if (endings.FirstOrDefault(w => issuer.AsSpan(0, end).EndsWith(w.Ending) && end > w.Ending.Length) is { } word)
                return new Jurisdiction(issuer[..end], word.Levels[0], null);
        }
        return null;
    }

    /// <summary>
    /// "襄阳市樊城区人民政府办公室": the issuer opens with a listed place and goes on with a place the registry does not list,
    /// of a lower level, followed by its government or a department — the issuer speaks for that place, named with
    /// the listed one before it (襄阳市樊城区, a district). Otherwise the listed place.
    /// </summary>
    private static Jurisdiction? WithUnlistedPlaceUnder(Gazetteer gazetteer, Jurisdiction? listed, string issuer)
    {
        if (listed is null || !issuer.StartsWith(listed.Name, StringComparison.Ordinal)) return listed;
        var rest = issuer[listed.Name.Length..];
        // "成都市武侯区…" with 武侯区 listed: the registry's own entry, not a name made up from the text.
        if (gazetteer.RegistryNames.LongestAt(rest, 0).Zone is { } zone && AdministrativePlace(gazetteer, zone) is { } place)
            return Rank(ToJurisdiction(gazetteer, place).Level) > Rank(listed.Level) ? ToJurisdiction(gazetteer, place) : listed;
        if (UnlistedIssuerPlace(gazetteer, rest) is not { } lower || Rank(lower.Level) <= Rank(listed.Level)) return listed;
        return new Jurisdiction(listed.Name + lower.Name, lower.Level, listed.Province);
    }

    /// <summary>How far down the administrative levels a level is: national 0, provincial 1, municipal 2, district 3.</summary>
    private static int Rank(string level) => level switch
    {
        AdminLevel.National => 0,
        AdminLevel.Provincial => 1,
        AdminLevel.Municipal => 2,
        AdminLevel.District => 3,
        _ => -1,
    };

    /// <summary>A place's name is at least two characters: 青县 is a county, 县 alone is not.</summary>
    private const int MinPlaceLength = 2;

    /// <summary>The government (人民政府, 政府) or a department (商务局) starts at <paramref name="at"/>, no further level word.</summary>
    private static bool StartsGovernmentBody(Gazetteer gazetteer, string issuer, int at) =>
        gazetteer.LevelWords.At(issuer, at) is null
        && (gazetteer.DepartmentNames.LongestAt(issuer, at) is not null
            || gazetteer.AgencyEndings.Governments().Any(g => issuer.AsSpan(at).StartsWith(g, StringComparison.Ordinal)));

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

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
