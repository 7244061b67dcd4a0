namespace PolicyGraph.Ingest.Resolution;

public sealed partial class Gazetteer
{
    /// <summary>Kinds whose names are unique in the whole country, so they resolve in any document.</summary>
    private static readonly string[] NationwideKinds = ["country", "province", "city", "ftz", "ftz-area"];

    private readonly Dictionary<string, string?> _provinceOfZone;

    /// <summary>The province (or municipality) holding a zone, the zone itself if it is one; null for the country.</summary>
    public string? ProvinceOf(ZoneEntry zone) => _provinceOfZone.GetValueOrDefault(zone.Name);

    /// <summary>
    /// Whether <paramref name="zone"/> may be read in a document of <paramref name="context"/>: provinces, cities and
    /// FTZs anywhere; districts, counties and local zones (鼓楼区, 两国双园) only inside their own province or where
    /// the document's province is not known, so a name one province uses never fires in another's plan.
    /// </summary>
    public bool InScope(ZoneEntry zone, Jurisdiction context)
    {
        if (context.Province is null || NationwideKinds.Contains(zone.Kind))
            return true;
        return ProvinceOf(zone) is not { } province || province == context.Province;
    }

    /// <summary>
    /// Whether a registry agency may be read under the written form <paramref name="asWritten"/>: its canonical name
    /// anywhere, an alias only where the document's province is the entry's (or not known) or for national entries.
    /// </summary>
    public bool InScope(AgencyEntry agency, string asWritten, Jurisdiction context)
    {
        if (asWritten == agency.Name || agency.Jurisdiction is null || context.Province is null)
            return true;
        var home = FindZone(agency.Jurisdiction) is { } place ? ProvinceOf(place) : agency.Jurisdiction;
        return home is null || home == context.Province;
    }

    private static bool IsProvincialLevel(ZoneEntry zone) =>
        zone.Kind == "province" || (zone.Kind == "city" && zone.Level == AdminLevel.Provincial);
}
