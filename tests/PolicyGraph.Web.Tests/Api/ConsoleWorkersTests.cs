using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>
/// Console queries ask the engine for the configured number of worker threads: one unless configured otherwise, so
/// a split scan never takes thread-pool threads from request handling.
/// </summary>
public class ConsoleWorkersTests
{
    [Fact]
    public async Task A_console_query_runs_on_one_worker_by_default()
    {
        using var app = new GatedAppFactory();

        using var response = await app.CreateClient().PostAsJsonAsync("/api/cypher", new { query = "RETURN 1 AS one" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.Backend.LastOptions?.Workers);
    }

    [Fact]
    public async Task The_configured_worker_count_reaches_the_engine()
    {
        using var app = new ThreeWorkersAppFactory();

        using var response = await app.CreateClient().PostAsJsonAsync("/api/cypher", new { query = "RETURN 1 AS one" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, app.Backend.LastOptions?.Workers);
    }

    [Fact]
    public void A_worker_count_below_one_stops_the_app_at_start()
    {
        using var app = new NoWorkersAppFactory();

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("QueryWorkers", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class ThreeWorkersAppFactory : GatedAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PolicyGraph:Web:QueryWorkers", "3");
        }
    }

    private sealed class NoWorkersAppFactory : GatedAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PolicyGraph:Web:QueryWorkers", "0");
        }
    }
}
