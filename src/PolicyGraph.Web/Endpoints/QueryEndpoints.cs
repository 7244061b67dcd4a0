using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Endpoints;

public sealed record NamedQueryInfo(
    string Name, string TitleZh, string TitleEn, string Answers, string AnswersZh, IReadOnlyList<QueryParameter> Parameters, string Cypher);

public sealed record NamedQueryAnswer(string Name, IReadOnlyDictionary<string, object?> Parameters, QueryAnswer Answer);

public static class QueryEndpoints
{
    public const string CachePolicy = "named-queries";

    public static RouteGroupBuilder MapQueries(this RouteGroupBuilder api)
    {
        var queries = api.MapGroup("/queries");
        queries.MapGet("/", ListQueries).WithName("ListQueries").WithSummary("The ready-made views and their parameters.");
        queries.MapGet("/{name}", RunQuery).WithName("RunQuery").CacheOutput(CachePolicy).WithQueryProblemResponses()
            .WithSummary("Run a ready-made view; parameters come from the query string.");
        return api;
    }

    public static Ok<IReadOnlyList<NamedQueryInfo>> ListQueries(NamedQueryCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<NamedQueryInfo>>(catalog.Queries.Select(Describe).ToArray());

    public static NamedQueryInfo Describe(NamedQuery q) => new(q.Name, q.TitleZh, q.TitleEn, q.Answers, q.AnswersZh, q.Parameters, q.Cypher);

    public static async Task<Results<Ok<NamedQueryAnswer>, ProblemHttpResult>> RunQuery(
        string name, HttpRequest request, NamedQueryCatalog catalog, GraphWorkspace workspace, ServerLayout layout,
        IOptions<PolicyGraphWebOptions> options, CancellationToken cancellationToken) =>
        catalog.Find(name) is { } query
            ? await RunAsync(query, request, workspace, layout, options, cancellationToken)
            : Problems.NotFound("Query", name);

    /// <summary>Runs a view (ready-made or saved) with the API's budget; its parameters come from the query string.
    /// With <paramref name="admission"/> (user-written Cypher) it waits for a console slot like the console does, or is refused 503.
    /// Nodes come positioned by the server's layout (<see cref="ServerLayout"/>).</summary>
    public static async Task<Results<Ok<NamedQueryAnswer>, ProblemHttpResult>> RunAsync(
        NamedQuery query, HttpRequest request, GraphWorkspace workspace, ServerLayout layout,
        IOptions<PolicyGraphWebOptions> options, CancellationToken cancellationToken, ConsoleAdmission? admission = null)
    {
        var name = query.Name;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var declared in query.Parameters)
        {
            var text = request.Query[declared.Name].ToString();
            if (text.Length == 0)
            {
                if (declared.Required)
                    return Problems.BadRequest("Missing parameter", $"Query '{name}' needs parameter '{declared.Name}' ({declared.Description}).");
                parameters[declared.Name] = declared.Default;
                continue;
            }
            if (ParameterValues.Convert(text, declared.Type) is not { } value)
                return Problems.BadRequest("Invalid parameter", $"Parameter '{declared.Name}' must be of type {declared.Type.ToString().ToLowerInvariant()}, got '{text}'.");
            parameters[declared.Name] = value;
        }
        var graph = await workspace.GetAsync();
        try
        {
            Task<QueryAnswer> Run(CancellationToken stop) =>
                QueryRunner.RunAsync(graph, query.Cypher, parameters, options.Value.QueryBounds(), query.Links, stop);
            var (answer, refusal) = admission is null ? (await Run(cancellationToken), null)
                : await admission.RunAsync(Run, request.HttpContext.RequestAborted);
            if (refusal is not null)
                return Problems.Unavailable(request.HttpContext, refusal);
            if (ResultNesting.Check(answer!) is { } tooDeep)
                return Problems.Cypher(tooDeep);
            var positioned = answer! with { Elements = await layout.PositionAsync(answer!.Elements, request.HttpContext) };
            return TypedResults.Ok(new NamedQueryAnswer(name, parameters, positioned));
        }
        catch (CypherException error)
        {
            return Problems.Cypher(error);
        }
    }
}
