using System.Net;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>Entities are found by what people type: shortened and registered names, and every entity endpoint takes a name.</summary>
public class FindByNameApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Q(string text) => Uri.EscapeDataString(text);

    [Theory]
    [InlineData("福州人社", SampleGraph.HumanResources)]
    [InlineData("发展改革委", SampleGraph.Development)]
    [InlineData("福州发改委", SampleGraph.Development)]
    public async Task Shortened_department_names_find_their_agency_first(string typed, string expected)
    {
        var json = await _client.GetJsonAsync($"/api/search?q={Q(typed)}");

        Assert.Equal(expected, (string?)json["hits"]![0]!["id"]);
    }

    [Fact]
    public async Task Suggest_offers_entities_with_the_alias_that_matched()
    {
        var json = await _client.GetJsonAsync($"/api/search/suggest?q={Q("市委金融")}&label=Agency&limit=5");

        var first = json["suggestions"]![0]!;
        Assert.Equal(SampleGraph.Finance, (string?)first["id"]);
        Assert.Equal("Agency", (string?)first["label"]);
        Assert.Equal("福州市委金融办", (string?)first["name"]);
        Assert.All(json["suggestions"]!, s => Assert.Equal("Agency", (string?)s["label"]));
    }

    [Fact]
    public async Task Suggest_names_the_alias_a_document_wrote()
    {
        var json = await _client.GetJsonAsync($"/api/search/suggest?q={Q("省商务厅")}");

        var first = json["suggestions"]![0]!;
        Assert.Equal(SampleGraph.ProvinceCommerce, (string?)first["id"]);
        Assert.Equal("省商务厅", (string?)first["matchedAlias"]);
    }

    [Fact]
    public async Task Suggest_with_an_unknown_label_is_400_naming_it()
    {
        var json = await _client.GetJsonAsync($"/api/search/suggest?q=x&label=Person", HttpStatusCode.BadRequest);

        Assert.Contains("'Person'", (string?)json["detail"]);
    }

    [Fact]
    public async Task Node_details_accept_a_name_instead_of_an_id()
    {
        var json = await _client.GetJsonAsync($"/api/nodes/{Q("福州市商务局")}");

        Assert.Equal(SampleGraph.Commerce, (string?)json["node"]!["data"]!["id"]);
    }

    [Fact]
    public async Task Unknown_name_is_404_naming_it_with_similar_entities()
    {
        var json = await _client.GetJsonAsync($"/api/nodes/{Q("福州市商务委")}/neighbours", HttpStatusCode.NotFound);

        Assert.Contains("'福州市商务委'", (string?)json["detail"]);
        Assert.Contains(json["candidates"]!, c => (string?)c["id"] == SampleGraph.Commerce);
    }

    [Fact]
    public async Task Source_accepts_a_document_title_and_a_missing_one_is_404()
    {
        var json = await _client.GetJsonAsync($"/api/source/{Q("福建省测试通知")}?line=2");
        Assert.Equal(SampleGraph.DocB, (string?)json["documentId"]);

        var missing = await _client.GetJsonAsync($"/api/source/{Q("不存在的通知")}", HttpStatusCode.NotFound);
        Assert.Contains("'不存在的通知'", (string?)missing["detail"]);
    }
}
