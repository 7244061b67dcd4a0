using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary>Builds small graphs by hand, shaped as cypher/README.md describes, for the evaluator's tests.</summary>
internal sealed class HandBuiltGraph
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphRelationship> _relationships = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public HandBuiltGraph Document(string file)
    {
        AddNode($"document:{file}", ["Document"], new() { ["sourceFile"] = file, ["title"] = file });
        return this;
    }

    /// <summary>An item node; <paramref name="label"/> is Measure or Requirement.</summary>
    public string Item(string file, long seq, string title, string label = "Measure", string? deadline = null, string? novelty = null, string? section = null)
    {
        var id = $"{label.ToLowerInvariant()}:{file}:{_nodes.Count}";
        var properties = new Dictionary<string, object> { ["seq"] = seq, ["title"] = title, ["sourceFile"] = file };
        if (deadline is not null) properties["deadline"] = deadline;
        if (novelty is not null) properties["novelty"] = novelty;
        AddNode(id, novelty is null ? [label] : [label, "Innovation"], properties);
        _relationships.Add(new($"CONTAINS:document:{file}->{id}", "CONTAINS", $"document:{file}", id, new Dictionary<string, object> { ["order"] = 1L }));
        if (section is not null)
        {
            var sectionId = $"section:{file}:{section}";
            AddNode(sectionId, ["Section"], new() { ["title"] = section, ["sourceFile"] = file });
            _relationships.Add(new($"CONTAINS:{sectionId}->{id}", "CONTAINS", sectionId, id, new Dictionary<string, object> { ["order"] = 1L }));
        }
        return id;
    }

    public HandBuiltGraph Unit(string itemId, string asWritten, string canonical, string? role = null, long order = 1)
    {
        var agencyId = $"agency:{canonical}";
        AddNode(agencyId, ["Agency"], new() { ["name"] = canonical });
        var properties = new Dictionary<string, object> { ["asWritten"] = asWritten, ["order"] = order };
        if (role is not null) properties["role"] = role;
        _relationships.Add(new($"RESPONSIBLE_FOR:{agencyId}->{itemId}", "RESPONSIBLE_FOR", agencyId, itemId, properties));
        return this;
    }

    public HandBuiltGraph Zone(string itemId, string type, string asWritten, string canonical)
    {
        var zoneId = $"zone:{canonical}";
        AddNode(zoneId, ["Zone"], new() { ["name"] = canonical });
        _relationships.Add(new($"{type}:{itemId}->{zoneId}", type, itemId, zoneId, new Dictionary<string, object> { ["asWritten"] = asWritten }));
        return this;
    }

    public PropertyGraph Build() => new(_nodes, _relationships);

    private void AddNode(string id, string[] labels, Dictionary<string, object> properties)
    {
        if (_ids.Add(id)) _nodes.Add(new GraphNode(id, labels, properties));
    }
}
