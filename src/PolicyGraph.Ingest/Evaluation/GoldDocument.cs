namespace PolicyGraph.Ingest.Evaluation;

/// <summary>
/// The hand-made answer for one document (<c>tests/corpus/gold/&lt;file&gt;.gold.json</c>): every numbered item the
/// text states, with its units, scope, zones, novelty and deadline as docs/evaluation.md defines them.
/// </summary>
public sealed record GoldDocument(
    string File,
    string Level,
    string Jurisdiction,
    string Layout,
    IReadOnlyList<GoldItem> Items);

/// <summary>One numbered item of a document. <see cref="Kind"/> is <c>measure</c> or <c>requirement</c>.</summary>
public sealed record GoldItem(
    int Number,
    string? Section,
    string Kind,
    string Title,
    IReadOnlyList<GoldUnit> Units,
    string? Scope,
    IReadOnlyList<string> Zones,
    string? Novelty,
    string? Deadline);

/// <summary>A unit named for an item: as the text writes it, its canonical name and the role the text states (or null).</summary>
public sealed record GoldUnit(string AsWritten, string Canonical, string? Role);

/// <summary>The values a gold file may use for an item's kind and a unit's role.</summary>
public static class GoldVocabulary
{
    public const string Measure = "measure";
    public const string Requirement = "requirement";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>([Measure, Requirement], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Roles =
        new HashSet<string>(["lead", "supporting", "submitting", "responsible"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Levels =
        new HashSet<string>(["national", "provincial", "city", "district"], StringComparer.Ordinal);
}
