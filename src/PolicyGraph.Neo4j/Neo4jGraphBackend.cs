using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Http;
using PolicyGraph.Neo4j.Json;
using PolicyGraph.Neo4j.Loading;

namespace PolicyGraph.Neo4j;

/// <summary>
/// The Neo4j backend, over Neo4j's HTTP Query API (the official .NET driver is not available to this product).
/// Queries run as implicit transactions, read queries in READ access mode; <see cref="ImportAsync"/> loads each
/// source document in its own explicit transaction through the scripts of <c>cypher/load</c>.
/// </summary>
public sealed partial class Neo4jGraphBackend : IGraphBackend
{
    private const string ReadMode = "Read";
    private const string WriteMode = "Write";

    private readonly HttpClient _http;
    private readonly QueryApiClient _client;
    private readonly ILogger _logger;
    private readonly ScriptLoader _loader;

    /// <param name="handler">The HTTP pipeline; tests pass a handler serving recorded responses.</param>
    public Neo4jGraphBackend(Neo4jOptions options, ILogger<Neo4jGraphBackend>? logger = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _logger = logger ?? NullLogger<Neo4jGraphBackend>.Instance;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        _http.Timeout = Timeout.InfiniteTimeSpan; // per-query timeouts come from QueryOptions
        _client = new QueryApiClient(_http, options, _logger);
        _loader = ScriptLoader.FromEmbeddedScripts(options.BatchSize);
    }

    public string Name => "neo4j";

    public Neo4jOptions Options { get; }

    public async Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        options ??= QueryOptions.Default;
        var updating = QueryInspector.IsUpdating(cypher);
        if (options.ReadOnly && updating) throw ReadOnlyViolation(QueryInspector.FindUpdatingClause(cypher));

        var accessMode = updating ? WriteMode : ReadMode;
        var body = Neo4jTransaction.Body(cypher, parameters, accessMode);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } limit) timeout.CancelAfter(limit);
        var watch = Stopwatch.StartNew();
        try
        {
            // Safe for writes too: a transient error or a 503 means the implicit transaction did not commit.
            var response = await _client.SendAsync(HttpMethod.Post, _client.QueryUrl, body, null,
                retryTransient: true, timeout.Token).ConfigureAwait(false);
            var result = QueryResultReader.Read(response.Body, options.MaxRows);
            Log.QueryCompleted(_logger, accessMode, result.Rows.Count, watch.Elapsed.TotalMilliseconds);
            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CypherException("RuntimeError", "QueryTimeout", QueryPhase.Runtime,
                $"The query did not finish within {options.Timeout!.Value.TotalSeconds:0.###} s.");
        }
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private static CypherException ReadOnlyViolation((string Keyword, int Line, int Column)? clause) => new(
        "AccessModeError", "WriteInReadOnlyQuery", QueryPhase.CompileTime,
        clause switch
        {
            { Keyword: QueryInspector.LoadKeyword } c =>
                $"LOAD CSV at line {c.Line}, column {c.Column} makes the server read files or URLs, which a read-only query may not do.",
            { } c => $"{c.Keyword} at line {c.Line}, column {c.Column} may modify the graph, but this query must be read-only.",
            null => "This query may modify the graph (it calls a procedure not known to be read-only), but it must be read-only.",
        },
        clause?.Line, clause?.Column);
}
