using PolicyGraph.Core.Model;

namespace PolicyGraph.Benchmarks.Synthetic;

/// <summary>
/// A deterministic policy-like graph of exactly the requested node count: about 0.5% Agencies, 0.1% Zones,
/// 2% Documents, 8% Sections and the rest Measures (10% of them Innovations). Measures hang off sections
/// (CONTAINS) and documents; agencies are RESPONSIBLE_FOR 1–3 measures each with Zipf-distributed popularity;
/// measures APPLY_IN zones; 5% are SIMILAR_TO a measure of another document; documents CITE earlier ones and are
/// ISSUED_BY agencies; zones are PART_OF the province. The same count and seed give the same graph.
/// </summary>
public sealed partial class SyntheticGraphGenerator
{
    public const int MinimumNodes = 20;

    private readonly Random _random;
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphRelationship> _relationships = [];
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);

    private SyntheticGraphGenerator(int seed) => _random = new Random(seed);

    public static PropertyGraph Generate(int nodeCount, int seed = 42)
    {
        if (nodeCount < MinimumNodes)
            throw new ArgumentOutOfRangeException(nameof(nodeCount), nodeCount, $"At least {MinimumNodes} nodes are needed.");
        return new SyntheticGraphGenerator(seed).Build(GraphPlan.For(nodeCount));
    }

    private PropertyGraph Build(GraphPlan plan)
    {
        var zones = AddZones(plan.Zones);
        var agencies = AddAgencies(plan.Agencies);
        var agencyPopularity = new ZipfSampler(agencies.Count, exponent: 1.1);
        var documents = AddDocuments(plan.Documents, agencies, agencyPopularity);
        var measuresByDocument = new List<IReadOnlyList<GraphNode>>();
        for (var d = 0; d < documents.Count; d++)
        {
            var sections = AddSections(documents[d], plan.SectionsPerDocument);
            var measures = AddMeasures(documents[d], sections, plan.MeasuresOf(d));
            foreach (var measure in measures)
            {
                AssignAgencies(measure, agencies, agencyPopularity);
                AssignZones(measure, zones);
            }
            measuresByDocument.Add(measures);
        }
        AddSimilarities(measuresByDocument);
        return new PropertyGraph(_nodes, _relationships);
    }

    private GraphNode AddNode(string id, string[] labels, Dictionary<string, object> properties)
    {
        var node = new GraphNode(id, labels, properties);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Adds a relationship unless one with the same id exists (returns false then).</summary>
    private bool Relate(string type, GraphNode start, GraphNode end, Dictionary<string, object>? properties = null)
    {
        var id = GraphRelationship.ComposeId(type, start.Id, end.Id);
        if (!_relationshipIds.Add(id)) return false;
        _relationships.Add(new GraphRelationship(id, type, start.Id, end.Id, properties ?? []));
        return true;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Hex(int length)
    {
        var bytes = new byte[(length + 1) / 2];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }

    /// <summary>How many nodes of each kind a graph of a given size gets.</summary>
    private sealed record GraphPlan(int Agencies, int Zones, int Documents, int SectionsPerDocument, int Measures)
    {
        public static GraphPlan For(int nodes)
        {
            var agencies = Math.Max(3, nodes / 200);
            var zones = Math.Max(3, nodes / 1000);
            var documents = Math.Max(1, nodes / 50);
            const int sectionsPerDocument = 4;
            return new GraphPlan(agencies, zones, documents, sectionsPerDocument,
                nodes - agencies - zones - documents * (1 + sectionsPerDocument));
        }

        /// <summary>Measures spread evenly over documents, the remainder going to the first ones.</summary>
        public int MeasuresOf(int document) => Measures / Documents + (document < Measures % Documents ? 1 : 0);
    }
}
