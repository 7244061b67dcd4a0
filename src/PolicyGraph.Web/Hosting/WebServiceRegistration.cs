using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Endpoints;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Hosting;

/// <summary>Everything the web app registers, grouped so Program.cs reads as a table of contents.</summary>
public static class WebServiceRegistration
{
    public static WebApplicationBuilder AddPolicyGraphWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PolicyGraphWebOptions>()
            .Bind(builder.Configuration.GetSection(PolicyGraphWebOptions.SectionName))
            .Validate(o => o.ConsoleThreadNice is >= 0 and <= 19, "PolicyGraph:Web:ConsoleThreadNice must be from 0 to 19.")
            .Validate(o => o.QueryWorkers >= 1, "PolicyGraph:Web:QueryWorkers must be 1 or more.")
            .Validate(o => o.ConsoleConcurrency >= 0 && o.ConsoleQueueLength >= 0, "PolicyGraph:Web:ConsoleConcurrency and ConsoleQueueLength must not be negative.")
            .Validate(o => o.MemoryRefuseFraction is > 0 and < 1 && o.MemoryCancelFraction > o.MemoryRefuseFraction && o.MemoryCancelFraction <= 1,
                "PolicyGraph:Web:MemoryRefuseFraction must be above 0 and below MemoryCancelFraction, which is at most 1.")
            .Validate(o => o.SearchWarmUpQuiet >= TimeSpan.Zero, "PolicyGraph:Web:SearchWarmUpQuiet must not be negative.")
            .ValidateOnStart();
        // Options are read when resolved (not while registering) so test hosts can override them.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<PolicyGraphWebOptions>>((kestrel, options) =>
        {
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ExplainUnsupportedMediaType);
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        builder.Services.AddExceptionHandler<ExhaustionProblems>();
        // Unreadable bodies throw in every environment so BadRequestProblems can say what was expected.
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        // Keyed by the graph's version as well: a store on disk that the CLI writes changes under a running app.
        builder.Services.AddOutputCache(cache =>
            cache.AddPolicy(QueryEndpoints.CachePolicy, policy => policy.SetVaryByQuery("*").VaryByValue(GraphVersion).Expire(TimeSpan.FromMinutes(10))));
        builder.Services.AddRateLimiter(AddConsoleLimit);
        builder.Services.AddHealthChecks().AddCheck<GraphHealthCheck>("graph");

        builder.Services.AddPolicyGraphBackend(builder.Configuration);
        builder.Services.AddApiKeyAuthentication(builder.Configuration);
        builder.Services.AddSingleton<StoreDocuments>();
        builder.Services.AddSingleton<GraphWorkspace>();
        // The graph's load and the server's start side by side; the host waits for both and fails when either fails.
        builder.Services.AddHostedService(provider => new GraphStartup(provider.GetRequiredService<GraphWorkspace>, provider.GetService<ILogger<GraphStartup>>()));
        builder.Services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
        builder.Services.AddSingleton<MemoryCeiling>();
        builder.Services.AddSingleton<ConsoleAdmission>();
        builder.Services.AddSingleton(NamedQueryCatalog.FromOptions);
        builder.Services.AddSavedViews(builder.Configuration);
        builder.Services.AddServerLayout(builder.Configuration);
        return builder;
    }

    // The framework's 415 says only "Unsupported Media Type"; say what to send instead.
    private static void ExplainUnsupportedMediaType(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            context.ProblemDetails.Detail ??= "Send the body as JSON with the header Content-Type: application/json.";
    }

    private static void AddConsoleLimit(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(CypherEndpoints.RateLimitPolicy, context =>
        {
            var options = Limits(context);
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.ConsolePermitsPerWindow,
                    Window = options.ConsoleWindow,
                    QueueLimit = 0,
                });
        });
        limiter.OnRejected = async (context, token) =>
        {
            var options = Limits(context.HttpContext);
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.ConsoleWindow;
            context.HttpContext.Response.Headers.RetryAfter = Problems.RetryAfterSeconds(retryAfter);
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = { Title = "Too many console queries", Status = StatusCodes.Status429TooManyRequests,
                    Detail = $"At most {options.ConsolePermitsPerWindow} console queries per {options.ConsoleWindow.TotalSeconds:0} s; try again shortly." },
            });
        };
    }

    private static PolicyGraphWebOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<PolicyGraphWebOptions>>().Value;

    private static KeyValuePair<string, string> GraphVersion(HttpContext context) =>
        new("graph-version", context.RequestServices.GetService<IGraphBackend>() is EmbeddedGraphBackend embedded
            ? embedded.CurrentSnapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "");
}
