using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyGraph.Neo4j.Tests.Support;

/// <summary>What the connector sent, as the fake server saw it.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method, string Url, string? Accept, string? ContentType, string? Authorization, string? Affinity, string? Body)
{
    public JObject Json
    {
        get
        {
            var text = Body ?? throw new InvalidOperationException($"{Method} {Url} had no body.");
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }
    }
}

/// <summary>
/// A fake Neo4j HTTP endpoint: answers each request with the next queued response body from RecordedResponses/
/// (hand-written from the Query API documentation) and records every request for assertions.
/// </summary>
internal sealed class RecordedHttpHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string? Body, string? Affinity, TimeSpan Delay)> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public static string Recorded(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RecordedResponses", file));

    public RecordedHttpHandler Respond(string file, HttpStatusCode status = HttpStatusCode.Accepted, string? affinity = null)
    {
        _responses.Enqueue((status, Recorded(file), affinity, TimeSpan.Zero));
        return this;
    }

    public RecordedHttpHandler RespondEmpty(HttpStatusCode status)
    {
        _responses.Enqueue((status, null, null, TimeSpan.Zero));
        return this;
    }

    /// <summary>Answers only after <paramref name="delay"/>, like a slow query; honours cancellation meanwhile.</summary>
    public RecordedHttpHandler RespondAfter(TimeSpan delay, string file)
    {
        _responses.Enqueue((HttpStatusCode.Accepted, Recorded(file), null, delay));
        return this;
    }

    public int Pending => _responses.Count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsoluteUri,
            request.Headers.Accept.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.Single() : null,
            body));
        if (!_responses.TryDequeue(out var next))
            throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}: no recorded response left.");

        if (next.Delay > TimeSpan.Zero) await Task.Delay(next.Delay, cancellationToken);
        var response = new HttpResponseMessage(next.Status);
        if (next.Body is not null)
        {
            response.Content = new StringContent(next.Body, Encoding.UTF8);
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.neo4j.query");
        }
        if (next.Affinity is not null) response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", next.Affinity);
        return response;
    }
}
