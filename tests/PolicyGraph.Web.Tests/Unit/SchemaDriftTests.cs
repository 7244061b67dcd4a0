using PolicyGraph.Core.Schema;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

/// <summary>
/// What the extractor writes for the seed documents uses only the names of the Core schema, which the web app
/// reads by: a property, label or type the schema does not know (as nameEn once was) fails here.
/// </summary>
public class SchemaDriftTests
{
    private static readonly Lazy<Core.Model.PropertyGraph> Seeds = new(() => CorpusLoader.LoadDirectory(
        Path.Combine(RepositoryPaths.Root, "seeds", "documents"),
        options: IngestOptions.Default with { Gazetteer = Gazetteer.Load(Path.Combine(RepositoryPaths.Root, "seeds", "reference")) }).Graph);

    [Fact]
    public void Seed_graph_uses_only_schema_labels_types_and_properties()
    {
        var graph = Seeds.Value;

        Assert.Empty(graph.Nodes.SelectMany(n => n.Labels).Distinct().Except(NodeLabels.All));
        Assert.Empty(graph.Relationships.Select(r => r.Type).Distinct().Except(RelationshipTypes.All));
        var keys = graph.Nodes.SelectMany(n => n.Properties.Keys).Concat(graph.Relationships.SelectMany(r => r.Properties.Keys)).Distinct();
        Assert.Empty(keys.Except(PropertyNames.All));
    }
}
