using System.Text.RegularExpressions;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// The names generated queries use: labels, relationship types and property keys, taken from the seed queries
/// (so generated patterns can match the graph they run on), with a few neutral names when the seeds have none.
/// </summary>
public sealed partial record FuzzVocabulary(IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes, IReadOnlyList<string> PropertyKeys)
{
    public static FuzzVocabulary Neutral { get; } = new(["A", "B"], ["R", "S"], ["id", "name", "v"]);

    /// <summary>The names the queries mention: <c>(x:Label</c>, <c>[r:TYPE</c>, <c>x.key</c>.</summary>
    public static FuzzVocabulary From(IEnumerable<string> queries)
    {
        var labels = new SortedSet<string>(StringComparer.Ordinal);
        var types = new SortedSet<string>(StringComparer.Ordinal);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            foreach (Match match in LabelPattern().Matches(query)) labels.Add(match.Groups[1].Value);
            foreach (Match match in TypePattern().Matches(query)) types.Add(match.Groups[1].Value);
            foreach (Match match in KeyPattern().Matches(query)) keys.Add(match.Groups[1].Value);
        }
        return new FuzzVocabulary(
            labels.Count > 0 ? [.. labels] : Neutral.Labels,
            types.Count > 0 ? [.. types] : Neutral.RelationshipTypes,
            keys.Count > 0 ? [.. keys] : Neutral.PropertyKeys);
    }

    [GeneratedRegex(@"\(\w*:(\w+)")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\[\w*:(\w+)")]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"\b[a-z]\w*\.([a-zA-Z]\w*)")]
    private static partial Regex KeyPattern();
}
