using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Queries;
using PolicyGraph.Web.Views;

namespace PolicyGraph.Web.Endpoints;

/// <summary>
/// The user's own parameterised views, kept by this instance: list, save (the API's only write: read-only Cypher,
/// bounded), run like a ready-made view, export as a <c>.cypher</c> file of cypher/queries' format, delete.
/// Open like the console (no sign-in): a view is read-only text in a bounded folder and never changes the graph;
/// saving shares the console's rate limit.
/// </summary>
public static class SavedViewEndpoints
{
    public static RouteGroupBuilder MapSavedViews(this RouteGroupBuilder api)
    {
        var views = api.MapGroup("/views");
        views.MapGet("/", ListViews).WithName("ListSavedViews").WithSummary("The views users saved on this instance.");
        views.MapPut("/{name}", SaveView).WithName("SaveView").RequireRateLimiting(CypherEndpoints.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new ExpectedBody("{\"title\": \"我的视图\", \"answers\": \"…\", \"query\": \"MATCH (a:Agency {name: $agency}) RETURN a\", \"parameters\": [{\"name\": \"agency\", \"type\": \"string\", \"default\": \"福州市商务局\"}]}."))
            .WithSummary("Save a read-only parameterised view under a name (letters, digits, '-', '_'; other characters become '-').");
        // A saved view is user-written Cypher: it runs under the console's admission and rate limit.
        views.MapGet("/{name}", RunView).WithName("RunSavedView").RequireRateLimiting(CypherEndpoints.RateLimitPolicy)
            .WithQueryProblemResponses().ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Run a saved view; parameters come from the query string.");
        views.MapGet("/{name}/file", ExportView).WithName("ExportSavedView")
            .WithSummary("The saved view as a .cypher file with the header of cypher/queries.");
        views.MapDelete("/{name}", DeleteView).WithName("DeleteSavedView").RequireRateLimiting(CypherEndpoints.RateLimitPolicy)
            .WithSummary("Delete a saved view.");
        return api;
    }

    public static Ok<IReadOnlyList<NamedQueryInfo>> ListViews(SavedViewStore store) =>
        TypedResults.Ok<IReadOnlyList<NamedQueryInfo>>(store.List().Select(QueryEndpoints.Describe).ToArray());

    /// <param name="name">The view's name; it is sanitised, and the answer's Location names the stored one.</param>
    public static Results<Created<NamedQueryInfo>, ProblemHttpResult> SaveView(
        string name, SaveViewRequest request, SavedViewStore store, IOptions<SavedViewOptions> options, IOptions<PolicyGraphWebOptions> web)
    {
        var limits = options.Value;
        name = name.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase); // routing leaves an escaped '/' escaped
        if (name.Length > limits.MaxNameLength)
            return Problems.BadRequest("Name too long", $"A view's name has at most {limits.MaxNameLength} characters; this one has {name.Length}.");
        var sanitised = SavedViewNames.Sanitise(name);
        if (sanitised.Length == 0)
            return Problems.BadRequest("Invalid name", $"'{name}' has no letter or digit to name a file with.");
        var (view, problem) = SaveViewValidation.Validate(sanitised, request, limits, web.Value.MaxQueryLength);
        if (problem is not null)
            return problem.QueryError is { } queryError ? Problems.Cypher(queryError)
                : TypedResults.Problem(statusCode: problem.Status, title: problem.Title, detail: problem.Detail);
        // The file must read back as the same view; the validation makes that so, this keeps it so.
        if (!ReadsBackUnchanged(sanitised, view!))
            return Problems.BadRequest("Not representable", "This view cannot be written as a named query file unchanged.");
        return store.Save(view!) switch
        {
            SaveRefusal.TooMany => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many saved views",
                detail: $"This instance keeps at most {limits.MaxCount} saved views; delete one first."),
            SaveRefusal.NameTaken => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Name taken",
                detail: $"'{sanitised}' is a ready-made view of cypher/queries; choose another name."),
            _ => TypedResults.Created($"/api/views/{Uri.EscapeDataString(sanitised)}", QueryEndpoints.Describe(view!)),
        };
    }

    /// <summary>Whether the view's file parses back to the same file (a parse error counts as no).</summary>
    internal static bool ReadsBackUnchanged(string name, NamedQuery view)
    {
        var text = QueryFileWriter.Write(view);
        try
        {
            return QueryFileWriter.Write(QueryFileParser.Parse(name, name, text)) == text;
        }
        catch (QueryFileException)
        {
            return false;
        }
    }

    public static async Task<Results<Ok<NamedQueryAnswer>, ProblemHttpResult>> RunView(
        string name, HttpRequest request, SavedViewStore store, GraphWorkspace workspace, ServerLayout layout, ConsoleAdmission admission,
        IOptions<PolicyGraphWebOptions> options, CancellationToken cancellationToken) =>
        store.Find(name) is { } view
            ? await QueryEndpoints.RunAsync(view, request, workspace, layout, options, cancellationToken, admission)
            : Problems.NotFound("Saved view", name);

    public static Results<FileContentHttpResult, ProblemHttpResult> ExportView(string name, SavedViewStore store) =>
        store.FileText(name) is { } text
            ? TypedResults.File(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", name + ".cypher")
            : Problems.NotFound("Saved view", name);

    public static Results<NoContent, ProblemHttpResult> DeleteView(string name, SavedViewStore store) =>
        store.Delete(name) ? TypedResults.NoContent() : Problems.NotFound("Saved view", name);

    /// <summary>Registers the store in the folder the settings name (see <see cref="SavedViewOptions.ResolveDirectory"/>).</summary>
    public static IServiceCollection AddSavedViews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SavedViewOptions>().Bind(configuration.GetSection(SavedViewOptions.SectionName))
            .Validate(o => o.MaxCount > 0 && o.MaxNameLength > 0 && o.MaxTitleLength > 0 && o.MaxParameters >= 0,
                "PolicyGraph:Web:SavedViews limits must be positive.");
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SavedViewOptions>>().Value;
            var directory = options.ResolveDirectory(GraphBackendFactory.DataDirectory(key => configuration[key]),
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
            return new SavedViewStore(directory, options, provider.GetRequiredService<NamedQueryCatalog>(),
                provider.GetRequiredService<ILogger<SavedViewStore>>());
        });
        return services;
    }
}
