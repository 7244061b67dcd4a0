using System.Net;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

public class SearchAndNodeApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_by_alias_returns_the_agency_first()
    {
        var json = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("市商务局"));

        var first = json["hits"]![0]!;
        Assert.Equal(SampleGraph.Commerce, (string?)first["id"]);
        Assert.Equal("Agency", (string?)first["label"]);
        Assert.Equal("福州市商务局", (string?)first["name"]);
        Assert.Equal(1, (int)first["responsibilities"]!);
    }

    [Fact]
    public async Task Search_without_text_is_a_problem()
    {
        using var response = await _client.GetAsync("/api/search");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Node_details_count_relationships_by_type()
    {
        var json = await _client.GetJsonAsync("/api/nodes/" + Uri.EscapeDataString(SampleGraph.MeasureA1));

        Assert.Equal("Measure", (string?)json["node"]!["data"]!["label"]);
        Assert.Equal(SampleGraph.DocA, (string?)json["node"]!["data"]!["doc"]);
        Assert.Equal(2, (int)json["relationshipCounts"]!["RESPONSIBLE_FOR"]!);
        Assert.Equal(5, (int)json["degree"]!);
    }

    [Fact]
    public async Task Unknown_node_is_404_problem()
    {
        var json = await _client.GetJsonAsync("/api/nodes/agency:nobody", HttpStatusCode.NotFound);

        Assert.Contains("agency:nobody", (string?)json["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbours_come_in_pages_with_show_more_offset()
    {
        var url = "/api/nodes/" + Uri.EscapeDataString(SampleGraph.Finance) + "/neighbours?limit=1";
        var first = await _client.GetJsonAsync(url);
        var second = await _client.GetJsonAsync(url + "&offset=1");

        Assert.Equal(2, (int)first["total"]!);
        Assert.Equal(1, (int)first["nextOffset"]!);
        Assert.Null(second["nextOffset"]);
        var firstTargets = EdgeTargets(first);
        var secondTargets = EdgeTargets(second);
        Assert.Equal([SampleGraph.MeasureA1, SampleGraph.MeasureA2], firstTargets.Concat(secondTargets).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Edge_elements_carry_provenance_properties_and_document()
    {
        var json = await _client.GetJsonAsync("/api/nodes/" + Uri.EscapeDataString(SampleGraph.Commerce) + "/neighbours");

        var edge = json["elements"]!["edges"]!.Single()["data"]!;
        Assert.Equal("RESPONSIBLE_FOR", (string?)edge["label"]);
        Assert.Equal(SampleGraph.DocA, (string?)edge["doc"]);
        Assert.Equal(SampleGraph.QuoteA1, (string?)edge["props"]!["quote"]);
        Assert.Equal(["body", "table"], edge["props"]!["sources"]!.Strings());
    }

    [Fact]
    public async Task Source_lines_mark_a_quote_that_wraps_across_lines()
    {
        var url = $"/api/source/{Uri.EscapeDataString(SampleGraph.DocA)}?line=2&context=1&quote={Uri.EscapeDataString(SampleGraph.QuoteA1)}";
        var json = await _client.GetJsonAsync(url);

        var lines = json["lines"]!.ToArray();
        Assert.Equal([1, 2, 3], lines.Select(l => (int)l["number"]!));
        var marked = lines.SelectMany(l => l["highlights"]!.Select(h => ((string)l["text"]!)[(int)h[0]!..(int)h[1]!]));
        Assert.Equal("责任单位：市商务局、市委金融办", string.Concat(marked));
    }

    [Fact]
    public async Task Source_text_with_markup_is_returned_verbatim_as_json_text()
    {
        var json = await _client.GetJsonAsync($"/api/source/{Uri.EscapeDataString(SampleGraph.DocA)}?line=5&context=0");

        Assert.Equal("<script>alert('x')</script><b>不是标记</b>", (string?)json["lines"]![0]!["text"]);
    }

    [Fact]
    public async Task Source_of_a_non_document_is_404()
    {
        await _client.GetJsonAsync("/api/source/" + Uri.EscapeDataString(SampleGraph.Commerce), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Source_line_past_the_end_is_a_problem_naming_the_valid_range()
    {
        var json = await _client.GetJsonAsync($"/api/source/{Uri.EscapeDataString(SampleGraph.DocA)}?line=99999", HttpStatusCode.BadRequest);

        Assert.Equal("Line out of range", (string?)json["title"]);
        Assert.Contains("lines 1–5", (string?)json["detail"], StringComparison.Ordinal);
        Assert.Contains("99999", (string?)json["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_last_line_is_still_served()
    {
        var json = await _client.GetJsonAsync($"/api/source/{Uri.EscapeDataString(SampleGraph.DocA)}?line=5&context=0");

        Assert.Equal(5, (int)json["focusLine"]!);
    }

    private static IEnumerable<string> EdgeTargets(JToken page) =>
        page["elements"]!["edges"]!.Select(e => (string)e["data"]!["target"]!);
}
