namespace PolicyGraph.Ingest.Evaluation;

/// <summary>Counts for one field: values both gold and graph hold, values only the graph holds, values only gold holds.</summary>
public sealed record FieldScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static FieldScore Zero { get; } = new(0, 0, 0);

    /// <summary>1 when the graph states nothing for the field (nothing stated wrongly).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>1 when gold holds nothing for the field (nothing to find).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN); 1 when neither side holds a value.</summary>
    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0 ? 1
        : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>False when neither gold nor graph holds a value, so the figures say nothing.</summary>
    public bool HasData => TruePositives + FalsePositives + FalseNegatives > 0;

    public static FieldScore operator +(FieldScore a, FieldScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>The fields scored, in report order. Each is a set of values per item (see docs/evaluation.md).</summary>
public static class EvaluationFields
{
    public const string Items = "items";
    public const string Kinds = "kinds";
    public const string Titles = "titles";
    public const string UnitsAsWritten = "unitsAsWritten";
    public const string UnitsCanonical = "unitsCanonical";
    public const string Roles = "roles";
    public const string Scope = "scope";
    public const string Zones = "zones";
    public const string Novelty = "novelty";
    public const string Deadline = "deadline";

    public static readonly IReadOnlyList<string> All =
        [Items, Kinds, Titles, UnitsAsWritten, UnitsCanonical, Roles, Scope, Zones, Novelty, Deadline];

    /// <summary>The compared values of one field of a gold item.</summary>
    public static IReadOnlySet<string> Values(GoldItem item, string field) => Keys(field switch
    {
        Kinds => [item.Kind],
        Titles => [item.Title],
        UnitsAsWritten => item.Units.Select(u => u.AsWritten),
        UnitsCanonical => item.Units.Select(u => u.Canonical),
        Roles => item.Units.Where(u => u.Role is not null).Select(u => $"{u.Canonical}：{u.Role}"),
        Scope => item.Scope is null ? [] : ScopePhrases(item.Scope),
        Zones => item.Zones,
        Novelty => Optional(item.Novelty),
        Deadline => Optional(item.Deadline),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a per-item field"),
    });

    /// <summary>The compared values of one field of an extracted item.</summary>
    public static IReadOnlySet<string> Values(ExtractedItem item, string field) => Keys(field switch
    {
        Kinds => [item.Kind],
        Titles => [item.Title],
        UnitsAsWritten => item.Units.Select(u => u.AsWritten),
        UnitsCanonical => item.Units.Select(u => u.Canonical),
        Roles => item.Units.Where(u => u.Role is not null).Select(u => $"{u.Canonical}：{u.Role}"),
        Scope => item.Scope,
        Zones => item.Zones,
        Novelty => Optional(item.Novelty),
        Deadline => Optional(item.Deadline),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a per-item field"),
    });

    private static IEnumerable<string> Optional(string? value) => value is null ? [] : [value];

    /// <summary>A gold scope is written as the text has it ("福州片区、厦门片区"); the graph holds one phrase per zone.</summary>
    private static IEnumerable<string> ScopePhrases(string scope) => scope.Split(['、', '，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Keys(IEnumerable<string> values) =>
        values.Select(TextKey.Of).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
}
