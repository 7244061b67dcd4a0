using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Endpoints;

/// <summary>A console request: Cypher text and a JSON object of parameters.</summary>
public sealed record CypherRequest(string? Query, JsonElement? Parameters);

public static class CypherEndpoints
{
    public const string RateLimitPolicy = "console";

    private const string LogCategory = "PolicyGraph.Web.Console";

    public static RouteGroupBuilder MapCypher(this RouteGroupBuilder api)
    {
        api.MapPost("/cypher", RunConsoleQuery).WithName("RunCypher").RequireRateLimiting(RateLimitPolicy).WithConsoleProblemResponses()
            .WithMetadata(new ExpectedBody("{\"query\": \"MATCH (a:Agency) RETURN a.name LIMIT 5\", \"parameters\": {}}."))
            .WithSummary("Run read-only Cypher with a timeout and a row cap; errors give line and column.");
        return api;
    }

    public static async Task<Results<Ok<QueryAnswer>, ProblemHttpResult>> RunConsoleQuery(
        CypherRequest request, GraphWorkspace workspace, ConsoleAdmission admission, IOptions<PolicyGraphWebOptions> options,
        ILoggerFactory loggers, HttpContext context)
    {
        var limits = options.Value;
        if (Refuse(request, limits) is { } invalid)
            return invalid;
        var parameters = request.Parameters is { ValueKind: JsonValueKind.Object } json
            ? JsonParameters.ToMap(json)
            : new Dictionary<string, object?>();
        var graph = await workspace.GetAsync();
        try
        {
            var (answer, refusal) = await admission.RunAsync(
                stop => QueryRunner.RunAsync(graph, request.Query!, parameters, limits.QueryBounds(), [], stop), context.RequestAborted);
            if (refusal is not null)
                return Problems.Unavailable(context, refusal);
            if (ResultNesting.Check(answer!) is { } tooDeep)
                throw tooDeep;
            return TypedResults.Ok(answer!);
        }
        catch (CypherException error)
        {
            Log.ConsoleQueryFailed(loggers.CreateLogger(LogCategory), error.Position, error.Category, error.Detail);
            return Problems.Cypher(error);
        }
    }

    private static ProblemHttpResult? Refuse(CypherRequest request, PolicyGraphWebOptions limits)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return Problems.BadRequest("Missing query", "Send {\"query\": \"MATCH …\", \"parameters\": {…}}.");
        if (request.Query.Length > limits.MaxQueryLength)
            return Problems.BadRequest("Query too long", $"The console accepts at most {limits.MaxQueryLength} characters; this query has {request.Query.Length}.");
        if (request.Parameters is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
            return Problems.BadRequest("Invalid parameters", "Parameters must be a JSON object, e.g. {\"name\": \"福州市商务局\"}.");
        return null;
    }
}

/// <summary>Turns JSON parameter values into the Cypher value model (long, double, string, bool, list, map).</summary>
public static class JsonParameters
{
    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement json) =>
        json.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal);

    public static object? ToValue(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var l) ? (object)l : json.GetDouble(), // boxed apart: `? l : double` would widen every integer to a float
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => json.EnumerateArray().Select(ToValue).ToArray(),
        JsonValueKind.Object => ToMap(json),
        _ => null,
    };
}
