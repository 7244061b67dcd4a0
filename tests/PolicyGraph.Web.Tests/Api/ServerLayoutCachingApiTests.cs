using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Tests.Support;
using static PolicyGraph.Web.Tests.Support.ServedLayout;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>A view too large to lay out is output-cached like any; one served before its layout was ready is not.</summary>
public class ServerLayoutCachingApiTests
{
    [Fact]
    public async Task A_graph_too_large_to_lay_out_is_read_once_for_two_requests()
    {
        using var factory = new NoLayoutCountingAppFactory();
        using var client = factory.CreateClient();

        var first = await client.GetJsonAsync("/api/graph");
        var again = await client.GetJsonAsync("/api/graph");

        Assert.True(first["nodes"]!.Count() > 1);
        Assert.DoesNotContain(again["nodes"]!, Positioned);
        Assert.Equal(1, factory.Backend.Runs(GraphReads.AllNodes));
    }

    [Fact]
    public async Task A_graph_served_before_its_layout_was_ready_comes_positioned_once_the_layout_is_done()
    {
        using var factory = new HeldLayoutAppFactory();
        using var client = factory.CreateClient();

        var unpositioned = await client.GetJsonAsync("/api/graph");
        Assert.True(await factory.Layout.WaitUntilStartedAsync());
        factory.Layout.Open(1);

        Assert.DoesNotContain(unpositioned["nodes"]!, Positioned);
        // The layout finishes on its own thread; a cached unpositioned answer would never change.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var later = await client.GetJsonAsync("/api/graph");
        while (!later["nodes"]!.All(Positioned) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            later = await client.GetJsonAsync("/api/graph");
        }
        Assert.All(later["nodes"]!, n => Assert.True(Positioned(n)));
    }
}
