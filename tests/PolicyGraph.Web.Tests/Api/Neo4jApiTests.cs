using System.Net;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>The read path on Neo4j: the same endpoints, the same answers as on the embedded engine.</summary>
public class Neo4jApiTests(Neo4jSampleAppFactory factory) : IClassFixture<Neo4jSampleAppFactory>
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    [Neo4jFact]
    public async Task Overview_reads_the_graph_the_loader_wrote()
    {
        var json = await factory.CreateClient().GetJsonAsync("/api/overview");

        Assert.Equal("neo4j", (string?)json["backend"]);
        Assert.Equal(5, (int)json["labels"]!["Agency"]!);
        Assert.Equal([SampleGraph.DocA, SampleGraph.DocB], json["documents"]!.Select(d => (string)d["id"]!));
    }

    [Neo4jFact]
    public async Task Search_and_suggest_find_by_name_alias_and_shortened_name()
    {
        var client = factory.CreateClient();

        var search = await client.GetJsonAsync($"/api/search?q={Q("福州人社")}");
        var suggest = await client.GetJsonAsync($"/api/search/suggest?q={Q("省商务厅")}");

        Assert.Equal(SampleGraph.HumanResources, (string?)search["hits"]![0]!["id"]);
        Assert.Equal(SampleGraph.ProvinceCommerce, (string?)suggest["suggestions"]![0]!["id"]);
    }

    [Neo4jFact]
    public async Task Node_by_name_neighbours_edge_and_coverage()
    {
        var client = factory.CreateClient();

        var node = await client.GetJsonAsync($"/api/nodes/{Q("福州市委金融办")}/neighbours");
        var edge = await client.GetJsonAsync("/api/edges/" + Q($"RESPONSIBLE_FOR:{SampleGraph.Commerce}->{SampleGraph.MeasureA1}"));
        var coverage = await client.GetJsonAsync($"/api/documents/{Q(SampleGraph.DocA)}/coverage");
        var missing = await client.GetJsonAsync($"/api/nodes/{Q("不存在的机构")}", HttpStatusCode.NotFound);

        Assert.Equal(2, (int)node["total"]!);
        Assert.Equal("both", (string?)edge["sources"]);
        Assert.Equal(2, (int)coverage["withUnits"]!);
        Assert.Contains("'不存在的机构'", (string?)missing["detail"]);
    }

    [Neo4jFact]
    public async Task Export_reads_the_whole_graph_through_the_backend()
    {
        using var response = await factory.CreateClient().GetAsync("/api/export/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SampleGraph.MeasureB1, await response.Content.ReadAsStringAsync());
    }
}
