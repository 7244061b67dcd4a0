using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Layout;

public class ServerLayoutTests
{
    private static ServerLayout Layout(ServerLayoutOptions options) => new(Options.Create(options), NullLogger<ServerLayout>.Instance);

    [Fact]
    public async Task Every_node_gets_a_position_and_the_same_view_gets_the_same_ones_again()
    {
        using var layout = Layout(new ServerLayoutOptions { Wait = TimeSpan.FromMinutes(2) });
        var elements = SyntheticView.Elements(60, 120);

        var first = await layout.PositionAsync(elements, CancellationToken.None);
        var again = await layout.PositionAsync(SyntheticView.Elements(60, 120), CancellationToken.None);

        Assert.All(first.Nodes, n => Assert.NotNull(n.Position));
        Assert.Equal(first.Nodes.Select(n => n.Position), again.Nodes.Select(n => n.Position));
        Assert.Equal(elements.Edges, first.Edges);
    }

    [Fact]
    public async Task A_view_larger_than_the_limit_is_served_without_positions()
    {
        using var layout = Layout(new ServerLayoutOptions { MaxNodes = 59 });

        var served = await layout.PositionAsync(SyntheticView.Elements(60, 120), CancellationToken.None);

        Assert.All(served.Nodes, n => Assert.Null(n.Position));
    }
}
