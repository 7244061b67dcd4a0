using PolicyGraph.Ingest.Building;

namespace PolicyGraph.Ingest.Resolution;

/// <summary>An agency with a fixed name (e.g. 商务部, 福州海关), from agencies.tsv.</summary>
public sealed record AgencyEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    string Level,
    string Kind,
    string? EnglishName,
    string? Jurisdiction)
{
    /// <summary>Setting the name (<c>with</c> included) makes <see cref="Id"/> anew.</summary>
    public string Name { get; init => (field, Id) = (value, Ids.Agency(value)); } = Name;

    /// <summary>
    /// <see cref="Ids.Agency"/> of <see cref="Name"/>, made once per entry: every mention and assignment of a
    /// registered agency states it.
    /// </summary>
    public string Id { get; private init; } = Ids.Agency(Name);
}

/// <summary>A former name of a reorganised body and the current body it now resolves to, from reorganisations.tsv.</summary>
public sealed record Reorganisation(string Former, string Current, string Since);

/// <summary>
/// A department whose full name depends on the jurisdiction (商务局 → 福州市商务局), from departments.tsv.
/// <see cref="BaseName"/> is written without the place or level prefix (商务局, 委网信办, 人民政府).
/// <see cref="EnglishPattern"/> contains "{0}" for the place's English name.
/// </summary>
public sealed record DepartmentEntry(
    string BaseName,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? EnglishPattern);

/// <summary>
/// A place or zone (province, city, district, FTZ, FTZ area, bonded zone ...), from zones.tsv.
/// <see cref="Level"/> is the administrative level of agencies named after it, or null for zones without one.
/// </summary>
public sealed record ZoneEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? Level,
    IReadOnlyList<string> Parents,
    string? EnglishName)
{
    /// <summary>Setting the name (<c>with</c> included) makes <see cref="Id"/> anew.</summary>
    public string Name { get; init => (field, Id) = (value, Ids.Zone(value)); } = Name;

    /// <summary><see cref="Ids.Zone"/> of <see cref="Name"/>, made once per entry: every mention and scope of a listed zone states it.</summary>
    public string Id { get; private init; } = Ids.Zone(Name);
}

/// <summary>
/// A name form of the local offices of a vertically managed national agency (人民银行 + 成都 + 分行 → 人行成都分行),
/// from branches.tsv. <see cref="Canonical"/> holds {place}, {short} or {full}; <see cref="EnglishPattern"/> {0}
/// (the place's bare English name) or {1} (its English name as listed).
/// </summary>
public sealed record BranchForm(
    string Ending,
    IReadOnlyList<string> Prefixes,
    bool PrefixRequired,
    IReadOnlyList<string> PlaceKinds,
    bool ShortPlaceOnly,
    string Canonical,
    string LevelRule,
    string Kind,
    string? EnglishPattern);
