using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Json;

namespace PolicyGraph.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction: opened with <c>POST .../query/v2/tx</c>, fed with
/// <c>POST .../tx/{id}</c>, finished with <c>POST .../tx/{id}/commit</c> or <c>DELETE .../tx/{id}</c>.
/// Every request after the first replays the <c>neo4j-cluster-affinity</c> header the server sent.
/// Requests inside a transaction are never retried on their own: a failed statement closes the transaction,
/// so the caller retries the whole unit.
/// </summary>
internal sealed class Neo4jTransaction
{
    private readonly QueryApiClient _client;
    private string? _affinity;

    private Neo4jTransaction(QueryApiClient client, string id, string? affinity)
    {
        _client = client;
        Id = id;
        _affinity = affinity;
    }

    public string Id { get; }

    /// <summary>Opens a transaction with its first statement (the documented form), returning both.</summary>
    public static async Task<(Neo4jTransaction Transaction, QueryResult Result)> BeginAsync(
        QueryApiClient client, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var response = await client.SendAsync(HttpMethod.Post, client.TransactionUrl(), Body(statement, parameters), null,
            retryTransient: false, cancellationToken).ConfigureAwait(false);
        var id = response.Body["transaction"]?.Value<string>("id")
            ?? throw TypedValueReader.Unexpected("a 'transaction.id' in the answer to opening a transaction");
        return (new Neo4jTransaction(client, id, response.ClusterAffinity), QueryResultReader.Read(response.Body, maxRows: null));
    }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var response = await _client.SendAsync(HttpMethod.Post, _client.TransactionUrl(Id), Body(statement, parameters), _affinity,
            retryTransient: false, cancellationToken).ConfigureAwait(false);
        _affinity = response.ClusterAffinity ?? _affinity;
        return QueryResultReader.Read(response.Body, maxRows: null);
    }

    public Task CommitAsync(CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Post, _client.TransactionUrl(Id, commit: true), null, _affinity,
            retryTransient: false, cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Delete, _client.TransactionUrl(Id), null, _affinity,
            retryTransient: false, cancellationToken);

    internal static JObject Body(string statement, IReadOnlyDictionary<string, object?>? parameters, string? accessMode = null)
    {
        var body = new JObject
        {
            ["statement"] = statement,
            ["parameters"] = TypedValueWriter.WriteParameters(parameters),
            ["includeCounters"] = true,
        };
        if (accessMode is not null) body["accessMode"] = accessMode;
        return body;
    }
}
