using PolicyGraph.Web.Endpoints;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Queries;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddPolicyGraphWeb();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseRequestLimits();
app.UseStatusCodePages();
app.UseSourceMapsOnlyInDevelopment();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();

var api = app.MapGroup("/api").WithTags("PolicyGraph").WithProblemResponses();
api.MapSearch();
api.MapGraph();
api.MapNodes();
api.MapEdges();
api.MapCoverage();
api.MapDocumentFacts();
api.MapSchema();
api.MapCheck();
api.MapQueries();
api.MapSavedViews();
api.MapCypher();
api.MapSource();
api.MapExport();
api.MapDocumentUploads();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/health");

// Load the named queries before listening: a bad file stops start-up with its name and line. The graph loads while
// the server starts (GraphStartup); a failed load stops start-up with its error.
app.Services.GetRequiredService<NamedQueryCatalog>();
app.LogStartupFigures();
await app.RunAsync();

public partial class Program;
