using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>Runs Cypher against a fresh embedded backend; helpers keep the tests to the point.</summary>
public abstract class QueryTestBase : IAsyncLifetime
{
    protected EmbeddedGraphBackend Backend { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    protected Task<QueryResult> Run(string cypher, object? parameters = null, QueryOptions? options = null) =>
        Backend.RunAsync(cypher, ToParameters(parameters), options);

    /// <summary>The single column of every row.</summary>
    protected async Task<List<object?>> Column(string cypher, object? parameters = null)
    {
        var result = await Run(cypher, parameters);
        Assert.Single(result.Columns);
        return result.Rows.Select(r => r[0]).ToList();
    }

    protected async Task<object?> Scalar(string cypher, object? parameters = null)
    {
        var values = await Column(cypher, parameters);
        return Assert.Single(values);
    }

    protected static async Task<CypherException> Fails(Func<Task> action) => await Assert.ThrowsAsync<CypherException>(action);

    private static IReadOnlyDictionary<string, object?>? ToParameters(object? parameters) => parameters switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map,
        _ => parameters.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters)),
    };
}
