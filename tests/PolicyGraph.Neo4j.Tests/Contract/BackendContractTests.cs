using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Loading;
using PolicyGraph.Neo4j.Tests.Support;

namespace PolicyGraph.Neo4j.Tests.Contract;

/// <summary>
/// What every backend must do, written once. Each case touches only the sample graph's ids and :ContractProbe
/// nodes and removes them afterwards, so it is safe against a shared Neo4j database.
/// </summary>
public abstract class BackendContractTests : IAsyncLifetime
{
    private static readonly PropertyGraph Sample = SampleGraphs.TwoDocuments();
    private IGraphBackend? _backend;

    protected IGraphBackend Backend => _backend ?? throw new InvalidOperationException("Backend not created.");

    protected abstract IGraphBackend CreateBackend();

    public async Task InitializeAsync()
    {
        _backend = CreateBackend();
        await CleanUpAsync();
    }

    public async Task DisposeAsync()
    {
        if (_backend is null) return;
        await CleanUpAsync();
        await _backend.DisposeAsync();
    }

    [ContractFact]
    public async Task Runs_a_query_with_parameters_and_returns_shared_model_values()
    {
        var result = await Backend.RunAsync("RETURN $big AS big, $text AS text, $list AS list, 1.5 AS f",
            new Dictionary<string, object?> { ["big"] = 9_007_199_254_740_993L, ["text"] = "福州片区", ["list"] = new object?[] { 1L, "a" } });

        Assert.Equal(["big", "text", "list", "f"], result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal(9_007_199_254_740_993L, row[0]);
        Assert.Equal("福州片区", row[1]);
        Assert.Equal(new object?[] { 1L, "a" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[2]));
        Assert.Equal(1.5, row[3]);
    }

    [ContractFact]
    public async Task Import_stores_every_node_and_relationship_with_labels_and_properties()
    {
        await Backend.ImportAsync(Sample);

        Assert.Equal(GraphState.Expected(Sample), await GraphState.ReadAsync(Backend, Sample));
    }

    [ContractFact]
    public async Task Importing_the_same_graph_twice_changes_nothing()
    {
        await Backend.ImportAsync(Sample);
        var first = await GraphState.ReadAsync(Backend, Sample);

        await Backend.ImportAsync(Sample);

        Assert.Equal(first, await GraphState.ReadAsync(Backend, Sample));
    }

    [ContractFact]
    public async Task The_load_scripts_store_what_ImportAsync_stores_and_are_idempotent()
    {
        var loader = ScriptLoader.FromEmbeddedScripts(batchSize: 4);

        var summary = await loader.LoadAsync(Backend, Sample);
        var afterScripts = await GraphState.ReadAsync(Backend, Sample);
        var again = await loader.LoadAsync(Backend, Sample);
        await Backend.ImportAsync(Sample);

        Assert.Equal(GraphState.Expected(Sample), afterScripts);
        Assert.Equal(Sample.Nodes.Count, summary.Counters.NodesCreated);
        Assert.Equal(Sample.Relationships.Count, summary.Counters.RelationshipsCreated);
        Assert.Equal((0, 0), (again.Counters.NodesCreated, again.Counters.RelationshipsCreated));
        Assert.Equal(afterScripts, await GraphState.ReadAsync(Backend, Sample));
    }

    [ContractFact]
    public async Task A_read_only_query_that_writes_is_refused_and_writes_nothing()
    {
        var probe = new Dictionary<string, object?> { ["id"] = "contract:read-only" };

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            Backend.RunAsync("CREATE (:ContractProbe {id: $id})", probe, new QueryOptions(ReadOnly: true)));

        Assert.NotEmpty(error.Message);
        Assert.Equal(0L, await CountProbesAsync());
    }

    [ContractFact]
    public async Task A_query_that_fails_after_writing_is_rolled_back()
    {
        var parameters = new Dictionary<string, object?> { ["id"] = "contract:rollback", ["zero"] = 0L };

        await Assert.ThrowsAsync<CypherException>(() =>
            Backend.RunAsync("CREATE (p:ContractProbe {id: $id}) WITH p RETURN 1 / $zero AS boom", parameters));

        Assert.Equal(0L, await CountProbesAsync());
    }

    private async Task<long> CountProbesAsync()
    {
        var result = await Backend.RunAsync("MATCH (p:ContractProbe) RETURN count(p) AS n");
        return (long)Assert.Single(result.Rows)[0]!;
    }

    private Task CleanUpAsync()
    {
        var ids = Sample.Nodes.Select(n => (object?)n.Id).ToArray();
        return Backend.RunAsync("MATCH (n) WHERE n.id IN $ids OR n:ContractProbe DETACH DELETE n",
            new Dictionary<string, object?> { ["ids"] = ids });
    }
}
