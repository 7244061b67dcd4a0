namespace PolicyGraph.Ingest.Resolution;

/// <summary>Administrative levels used for agencies, zones and jurisdictions.</summary>
public static class AdminLevel
{
    public const string National = "national";
    public const string Provincial = "provincial";
    public const string Municipal = "municipal";
    public const string District = "district";
}

/// <summary>
/// The government scope a document is written in, e.g. ("福州市", "municipal", "福建省").
/// Used to qualify relative names such as 市商务局 or 全市.
/// </summary>
public sealed record Jurisdiction(string Name, string Level, string? Province)
{
    /// <summary>A jurisdiction about which nothing is known; relative names stay unqualified.</summary>
    public static Jurisdiction Unknown { get; } = new("", "", null);

    public bool IsKnown => Name.Length > 0;
}

/// <summary>
/// One agency as resolved from a responsibility cell or free text.
/// <see cref="Id"/> is "agency:" + <see cref="Name"/> (canonical, jurisdiction-qualified);
/// <see cref="Known"/> is false when no gazetteer entry matched and the name was split by suffix rules.
/// </summary>
public sealed record ResolvedAgency(
    string Id,
    string Name,
    string AsWritten,
    string Level,
    string Kind,
    string? EnglishName,
    bool Known);

/// <summary>
/// One zone or scope (FTZ area, bonded zone, city, province). <see cref="Id"/> is "zone:" + canonical name.
/// </summary>
public sealed record ResolvedZone(string Id, string Name, string AsWritten, string Kind, bool Known);
