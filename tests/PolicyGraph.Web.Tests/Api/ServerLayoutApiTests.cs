using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>Views come laid out by the server, the same picture on every request.</summary>
public class ServerLayoutApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static Dictionary<string, (double X, double Y)> Positions(Newtonsoft.Json.Linq.JToken elements) =>
        elements["nodes"]!.ToDictionary(n => (string)n["data"]!["id"]!, n => ((double)n["position"]!["x"]!, (double)n["position"]!["y"]!));

    [Fact]
    public async Task The_whole_graph_comes_with_a_position_for_every_node_and_the_same_ones_each_time()
    {
        var first = await _client.GetJsonAsync("/api/graph");
        var again = await _client.GetJsonAsync("/api/graph");

        var positions = Positions(first);
        Assert.Equal(first["nodes"]!.Count(), positions.Count);
        Assert.True(positions.Values.Distinct().Count() > 1, "every node at one point is no layout");
        Assert.Equal(positions, Positions(again));
    }

    [Fact]
    public async Task A_ready_made_view_comes_laid_out()
    {
        var json = await _client.GetJsonAsync("/api/queries/agency-portfolio?agency=" + Uri.EscapeDataString(SampleGraph.Finance));

        var nodes = json["answer"]!["elements"]!["nodes"]!;
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.NotNull(n["position"]));
    }
}
