using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>How a node is called on screen: its primary label and a short human-readable name.</summary>
public static class NodeNaming
{
    // Innovation before Measure: innovation items carry both labels and should look like innovations.
    private static readonly string[] LabelPriority =
        [NodeLabels.Document, NodeLabels.Section, NodeLabels.Innovation, NodeLabels.Measure, NodeLabels.Requirement,
         NodeLabels.Agency, NodeLabels.Zone, NodeLabels.InnovationBatch];

    private const int MaxMeasureNameLength = 28;

    public static string PrimaryLabel(IReadOnlyList<string> labels)
    {
        foreach (var label in LabelPriority)
        {
            if (labels.Contains(label, StringComparer.Ordinal))
                return label;
        }
        return labels.Count > 0 ? labels[0] : "Node";
    }

    public static string DisplayName(string id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        if (Text(properties, PropertyNames.Name) is { } name)
            return name;
        if (labels.Contains(NodeLabels.InnovationBatch) && properties.TryGetValue(PropertyNames.Number, out var number) && number is not null)
            return $"第{number}批创新成果";
        if (Text(properties, PropertyNames.Title) is { } title)
            return Shorten(title);
        if (Text(properties, PropertyNames.Text) is { } text)
            return Shorten(text);
        return Text(properties, PropertyNames.DocNumber) ?? id;
    }

    public static string DisplayName(GraphNode node) =>
        DisplayName(node.Id, node.Labels, AsNullable(node.Properties));

    public static IReadOnlyDictionary<string, object?> AsNullable(IReadOnlyDictionary<string, object> properties) =>
        properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);

    /// <summary>An English name where the gazetteer supplied one.</summary>
    public static string? EnglishName(IReadOnlyDictionary<string, object?> properties) => Text(properties, PropertyNames.EnglishName);

    private static string? Text(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.TryGetValue(key, out var value) && value is string s && s.Length > 0 ? s : null;

    private static string Shorten(string text) =>
        text.Length <= MaxMeasureNameLength ? text : string.Concat(text.AsSpan(0, MaxMeasureNameLength), "…");
}
