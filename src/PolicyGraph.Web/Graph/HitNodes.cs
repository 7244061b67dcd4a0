using System.Globalization;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Search hits' nodes on the embedded engine, with only the properties ranking and the hit read (names, the
/// gazetteer's English name, a batch's number, the text a snippet comes from), read by internal id from the store's
/// file: a query returning the whole nodes would build the record chunks (1,024 nodes each) the hits fall in.
/// Only nodes of the searchable labels are read; ranking drops the others anyway.
/// </summary>
internal static class HitNodes
{
    private static readonly NodeSummaryRequest Fields = new(GraphReads.SearchableLabels,
        [PropertyNames.Id, PropertyNames.Name, PropertyNames.Title, PropertyNames.DocNumber, PropertyNames.EnglishName, PropertyNames.Aliases,
         PropertyNames.Number, PropertyNames.Text], OutgoingType: null);

    /// <summary>The nodes with their internal ids, in the order given; ids with no such node (or none of the searchable labels) are left out.</summary>
    public static IEnumerable<(int Node, NodeValue Value)> Read(EmbeddedGraphBackend backend, IEnumerable<int> nodes, CancellationToken cancellationToken) =>
        backend.SummariseNodes(nodes, Fields, GraphReader.ReadTimeout, cancellationToken).Select(summary => (summary.Id, ToNode(summary)));

    /// <summary>The nodes a full-text index finds (best first, at most <paramref name="limit"/>) with their scores, read from one snapshot.</summary>
    public static IEnumerable<(NodeValue Node, double Score)> FullText(EmbeddedGraphBackend backend, string index, string query, int limit, CancellationToken cancellationToken) =>
        backend.QueryFullTextHits(index, query, limit, Fields, GraphReader.ReadTimeout, cancellationToken).Select(hit => (ToNode(hit.Node), hit.Score));

    private static NodeValue ToNode(NodeSummary summary)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < Fields.Keys.Count; i++)
            if (summary.Values[i] is { } value) properties[Fields.Keys[i]] = value;
        // The element id a query gives an embedded node: its internal id.
        return new NodeValue(summary.Id.ToString(CultureInfo.InvariantCulture), summary.Labels, properties);
    }
}
