using Microsoft.Extensions.DependencyInjection;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Tests.Support;
using static PolicyGraph.Web.Tests.Support.ServedLayout;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>The whole graph is laid out in the background at start and after the documents change.</summary>
public class WholeGraphLayoutApiTests
{
    [Fact]
    public async Task The_whole_graph_is_laid_out_before_any_request_so_the_first_one_is_served_positioned()
    {
        // Requests here never wait for a layout (Wait = 0): without the background layout the first is unpositioned.
        using var factory = new HeldLayoutAppFactory();
        var prepared = factory.Services.GetRequiredService<WholeGraphLayout>();

        Assert.True(await factory.Layout.WaitUntilStartedAsync(), "no layout started without a request");
        factory.Layout.Open(1);
        await prepared.Current.WaitAsync(TimeSpan.FromMinutes(1));
        await WaitUntilLaidOutAsync(factory.Services);
        using var client = factory.CreateClient();
        var first = await client.GetJsonAsync("/api/graph");

        Assert.True(first["nodes"]!.Count() > 1);
        Assert.All(first["nodes"]!, n => Assert.True(Positioned(n)));
        Assert.Single(factory.Layout.Started);
    }

    [Fact]
    public async Task Reading_the_documents_again_lays_the_whole_graph_out_again()
    {
        using var factory = new SampleAppFactory();
        var prepared = factory.Services.GetRequiredService<WholeGraphLayout>();
        await prepared.Current.WaitAsync(TimeSpan.FromMinutes(1));
        var atStart = prepared.Current;

        await factory.Services.GetRequiredService<GraphWorkspace>().RefreshAsync();

        Assert.NotSame(atStart, prepared.Current);
        await prepared.Current.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(prepared.Current.IsCompletedSuccessfully);
    }

    // The background task only started the layout (requests wait 0 s here): ask the layout itself, not over HTTP,
    // until the positions are in, so the test's own request is the first one the app serves.
    private static async Task WaitUntilLaidOutAsync(IServiceProvider services)
    {
        var elements = await (await services.GetRequiredService<GraphWorkspace>().GetAsync()).Reader.WholeGraphAsync();
        var layout = services.GetRequiredService<ServerLayout>();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await layout.LayOutAsync(elements, CancellationToken.None)).Outcome != LayoutOutcome.Positioned && DateTime.UtcNow < deadline)
            await Task.Delay(20);
    }
}
