using System.Net;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>Gaps in plain sight: per-document coverage, the check report, and edges that say which part states them.</summary>
public class GapsApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Coverage_counts_items_with_units_scope_deadline_and_roles_per_document()
    {
        var json = await _client.GetJsonAsync("/api/coverage");

        var a = json.Single(d => (string?)d["documentId"] == SampleGraph.DocA);
        // Both items of document A name units and a scope; neither states a deadline or a role.
        Assert.Equal((2, 2, 2, 0, 0), ((int)a["items"]!, (int)a["withUnits"]!, (int)a["withScope"]!, (int)a["withDeadline"]!, (int)a["withStatedRoles"]!));
    }

    [Fact]
    public async Task Document_details_carry_its_coverage_and_the_document_may_be_named_by_its_number()
    {
        var details = await _client.GetJsonAsync("/api/nodes/" + Uri.EscapeDataString(SampleGraph.DocB));
        Assert.Equal((1, 1, 0), ((int)details["coverage"]!["items"]!, (int)details["coverage"]!["withUnits"]!, (int)details["coverage"]!["withScope"]!));

        var byNumber = await _client.GetJsonAsync("/api/documents/" + Uri.EscapeDataString("榕测〔2026〕1号") + "/coverage");
        Assert.Equal(SampleGraph.DocA, (string?)byNumber["documentId"]);
    }

    [Fact]
    public async Task Coverage_of_an_unknown_document_is_404()
    {
        var json = await _client.GetJsonAsync("/api/documents/document:0000/coverage", HttpStatusCode.NotFound);

        Assert.Contains("document:0000", (string?)json["detail"]);
    }

    [Fact]
    public async Task Edge_stated_in_body_and_table_gives_both_lines_and_role_null_when_unstated()
    {
        var id = $"RESPONSIBLE_FOR:{SampleGraph.Commerce}->{SampleGraph.MeasureA1}";
        var json = await _client.GetJsonAsync("/api/edges/" + Uri.EscapeDataString(id));

        Assert.Equal("both", (string?)json["sources"]);
        Assert.Equal(JTokenType.Null, json["role"]!.Type);
        var body = Assert.Single(json["statements"]!, s => (string?)s["source"] == "body");
        Assert.Equal((2, SampleGraph.QuoteA1), ((int)body["line"]!, (string?)body["quote"]));
    }

    [Fact]
    public async Task Table_only_edge_says_so()
    {
        var id = $"RESPONSIBLE_FOR:{SampleGraph.Finance}->{SampleGraph.MeasureA2}";
        var json = await _client.GetJsonAsync("/api/edges/" + Uri.EscapeDataString(id));

        Assert.Equal("table", (string?)json["sources"]);
        Assert.Equal("table", (string?)Assert.Single(json["statements"]!)["source"]);
    }

    [Fact]
    public async Task Unknown_edge_is_404()
    {
        var json = await _client.GetJsonAsync("/api/edges/NOPE", HttpStatusCode.NotFound);

        Assert.Contains("NOPE", (string?)json["detail"]);
    }

    [Fact]
    public async Task Check_report_comes_with_counts_and_findings()
    {
        var json = await _client.GetJsonAsync("/api/check");

        // The sample loader extracts nothing, so its report is empty — but it is a report, not an error.
        Assert.Empty(json["findings"]!);
        Assert.NotNull(json["counts"]);
    }
}
