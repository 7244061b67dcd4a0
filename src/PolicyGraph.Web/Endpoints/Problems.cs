using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Endpoints;

/// <summary>problem+json answers shared by the endpoint groups.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"No {what.ToLowerInvariant()} has id '{id}'.");

    public static ProblemHttpResult NotFoundBecause(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: detail);

    /// <summary>An entity given by id or name that did not resolve: 404 naming it (with similar names), or 400 when several share the name.</summary>
    public static ProblemHttpResult Entity(string what, string text, Graph.EntityLookup lookup)
    {
        var extensions = new Dictionary<string, object?> { ["candidates"] = lookup.Candidates };
        return lookup.IsAmbiguous
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Ambiguous {what.ToLowerInvariant()} name",
                detail: Graph.EntityResolver.Explain(what, text, lookup), extensions: extensions)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found",
                detail: Graph.EntityResolver.Explain(what, text, lookup), extensions: extensions);
    }

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    /// <summary>503 with Retry-After: the console could not take the query now (busy, or near the memory ceiling).</summary>
    public static ProblemHttpResult Unavailable(HttpContext context, ConsoleRefusal refusal)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds(refusal.RetryAfter);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Console busy", detail: refusal.Reason);
    }

    /// <summary>Whole seconds, at least one, as the Retry-After header wants them.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A query error with where it happened (line, column) and its openCypher classification.</summary>
    public static ProblemHttpResult Cypher(CypherException error)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["category"] = error.Category,
            ["code"] = error.Detail,
            ["phase"] = error.Phase.ToString(),
        };
        if (error.Line is not null)
            (extensions["line"], extensions["column"]) = (error.Line, error.Column);
        if (error.StatusCode is not null)
            extensions["statusCode"] = error.StatusCode;
        var where = error.Line is null || error.Message.Contains($"line {error.Line}", StringComparison.Ordinal)
            ? "" : $" (line {error.Line}, column {error.Column})";
        var status = error.Detail == "QueryTimeout" ? StatusCodes.Status408RequestTimeout : StatusCodes.Status400BadRequest;
        return TypedResults.Problem(statusCode: status, title: $"{error.Category}: {error.Detail}",
            detail: error.Message + where, extensions: extensions);
    }
}
