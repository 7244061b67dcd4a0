using PolicyGraph.Web.Endpoints;
using PolicyGraph.Web.Graph;
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

// Load the named queries and the graph at start: a bad file stops start-up with its name and line, and the first
// page view is not the one that waits. The graph (opening the store, reading the documents) loads while the server
// starts; /health answers once it is ready.
app.Services.GetRequiredService<NamedQueryCatalog>();
var graph = Task.Run(() => app.Services.GetRequiredService<GraphWorkspace>().GetAsync());
await app.StartAsync();
await graph;
await app.WaitForShutdownAsync();

public partial class Program;
