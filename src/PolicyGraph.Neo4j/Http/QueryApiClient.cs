using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Neo4j.Http;

/// <summary>One response of the Query API: the parsed body and the cluster-affinity header to replay.</summary>
internal sealed record QueryApiResponse(JObject Body, string? ClusterAffinity);

/// <summary>
/// Speaks Neo4j's HTTP Query API (<c>/db/{database}/query/v2</c>) in typed JSON. Every request carries Basic
/// authentication; a response whose body lists errors becomes a <see cref="CypherException"/>. Transient
/// failures (Neo.TransientError.*, HTTP 503) are retried with exponential backoff when the caller allows it.
/// </summary>
internal sealed class QueryApiClient
{
    public const string TypedJson = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string _queryPath;

    public QueryApiClient(HttpClient http, Neo4jOptions options, ILogger logger)
    {
        _http = http;
        _options = options;
        _logger = logger;
        _queryPath = $"{options.Uri.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        if (options.User.Length > 0)
        {
            var credentials = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        }
    }

    public string QueryUrl => _queryPath;

    public string TransactionUrl(string? transactionId = null, bool commit = false) =>
        _queryPath + "/tx" + (transactionId is null ? "" : "/" + Uri.EscapeDataString(transactionId)) + (commit ? "/commit" : "");

    /// <summary>Sends one request; retries transient failures only when <paramref name="retryTransient"/> is set.</summary>
    public async Task<QueryApiResponse> SendAsync(
        HttpMethod method, string url, JObject? body, string? affinity, bool retryTransient, CancellationToken cancellationToken)
    {
        var json = body?.ToString(Formatting.None);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(method, url, json, affinity, cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException error) when (error.IsTransient && retryTransient && attempt < _options.MaxRetries)
            {
                var delay = _options.RetryDelay(attempt);
                Log.RetryingTransient(_logger, error.StatusCode ?? error.Detail, attempt + 1, _options.MaxRetries, delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<QueryApiResponse> SendOnceAsync(
        HttpMethod method, string url, string? json, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Authorization = _authorization;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException error)
        {
            throw new CypherException("ConnectionError", "Unreachable", QueryPhase.Runtime,
                $"Cannot reach Neo4j at {url}: {error.Message}", inner: error);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var parsed = ParseBody(text, response);
            ThrowOnErrors(parsed, response);
            var echoed = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new QueryApiResponse(parsed ?? new JObject(), echoed ?? affinity);
        }
    }

    private static JObject? ParseBody(string text, HttpResponseMessage response)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            // Dates must stay the strings the server sent; Newtonsoft would otherwise turn them into DateTime.
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }
        catch (JsonReaderException error)
        {
            if (!response.IsSuccessStatusCode) return null;
            throw new CypherException("ProtocolError", "UnexpectedResponse", QueryPhase.Runtime,
                $"Neo4j answered HTTP {(int)response.StatusCode} with a body that is not JSON: {error.Message}", inner: error);
        }
    }

    private static void ThrowOnErrors(JObject? body, HttpResponseMessage response)
    {
        if (body?["errors"] is JArray { Count: > 0 } errors)
        {
            var first = errors[0];
            var code = first.Value<string>("code") ?? "Neo.DatabaseError.General.UnknownError";
            var message = first.Value<string>("message") ?? "(no message)";
            // A 503 is retryable whatever code the body carries.
            throw Neo4jErrors.ToException(code, message, response.StatusCode == HttpStatusCode.ServiceUnavailable);
        }
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw Neo4jErrors.ToException(Neo4jErrors.UnauthorizedCode, "Authentication failed (HTTP 401).");
            throw Neo4jErrors.HttpFailure(status, response.ReasonPhrase ?? "", response.StatusCode == HttpStatusCode.ServiceUnavailable);
        }
    }
}
