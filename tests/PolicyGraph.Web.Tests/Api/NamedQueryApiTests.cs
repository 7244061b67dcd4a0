using System.Net;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

public class NamedQueryApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Query_list_names_every_view_with_its_parameters()
    {
        var json = await _client.GetJsonAsync("/api/queries");

        var portfolio = json.Single(q => (string?)q["name"] == "agency-portfolio");
        Assert.Equal("Agency portfolio across documents", (string?)portfolio["titleEn"]);
        var parameter = portfolio["parameters"]!.Single();
        Assert.Equal(("agency", "String", true), ((string?)parameter["name"], (string?)parameter["type"], (bool)parameter["required"]!));
    }

    [Fact]
    public async Task Portfolio_groups_an_agency_s_measures_by_document()
    {
        var json = await Run("agency-portfolio", ("agency", SampleGraph.Finance));

        var row = Assert.Single(json["answer"]!["rows"]!);
        var columns = json["answer"]!["columns"]!.Strings();
        JToken Cell(string column) => row[Array.IndexOf(columns, column)]!;
        Assert.Equal(SampleGraph.DocA, (string?)Cell("document")["id"]);
        Assert.Equal(2, (int)Cell("measureCount"));
        // The sample's responsibilities state no role: none is counted as lead, whatever its order.
        Assert.Equal(0, (int)Cell("statedLead"));
        Assert.Equal(0, (int)Cell("roleStated"));
        Assert.Equal(2, (int)Cell("roleNotStated"));
        var nodeIds = json["answer"]!["elements"]!["nodes"]!.Select(n => (string)n["data"]!["id"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { SampleGraph.Finance, SampleGraph.DocA, SampleGraph.MeasureA1, SampleGraph.MeasureA2 }, nodeIds);
        Assert.Equal(4, json["answer"]!["elements"]!["edges"]!.Count());
    }

    [Fact]
    public async Task Portfolio_accepts_the_agency_name_too()
    {
        var json = await Run("agency-portfolio", ("agency", "福州市商务局"));

        Assert.Equal(SampleGraph.DocA, (string?)json["answer"]!["rows"]![0]![0]!["id"]);
    }

    [Fact]
    public async Task Agencies_are_ranked_by_measures_and_count_stated_roles_only()
    {
        var json = await Run("agencies-ranked");

        var names = json["answer"]!["rows"]!.Select(r => (string)r[0]!["name"]!).ToArray();
        Assert.Equal(["福州市委金融办", "福州市商务局", "福建省商务厅"], names);
        // measures, documents, statedLead, roleStated, roleNotStated: order 1 is not a lead.
        Assert.Equal([2, 1, 0, 0, 2], json["answer"]!["rows"]![0]!.Skip(1).Select(v => (int)v!));
    }

    [Fact]
    public async Task Responsibility_roles_count_edges_without_a_stated_role_as_not_stated()
    {
        var json = await Run("responsibility-roles");

        var row = Assert.Single(json["answer"]!["rows"]!);
        Assert.Equal(("not stated", 4), ((string)row[0]!, (int)row[1]!));
    }

    [Fact]
    public async Task Co_responsibility_draws_a_weighted_edge_between_agencies()
    {
        var json = await Run("co-responsibility", ("minShared", "1"));

        var edge = json["answer"]!["elements"]!["edges"]!.Single()["data"]!;
        Assert.Equal("CO_RESPONSIBLE", (string?)edge["label"]);
        Assert.True((bool)edge["virtual"]!);
        Assert.Equal(1, (int)edge["props"]!["weight"]!);
        Assert.Equal(new[] { SampleGraph.Commerce, SampleGraph.Finance }.Order(), new[] { (string)edge["source"]!, (string)edge["target"]! }.Order());
    }

    [Fact]
    public async Task Body_annex_disagreement_lists_one_sided_responsibilities_of_measures_stated_on_both_sides()
    {
        // A1 is stated in body and annex and Finance appears only in the body; A2 (annex only) and B1 (body only)
        // have nothing to disagree with, so they are not listed.
        var json = await Run("body-annex-disagreement");

        var columns = json["answer"]!["columns"]!.Strings();
        var rows = json["answer"]!["rows"]!.Select(r => ((string)r[Array.IndexOf(columns, "agency")]!["id"]!, (string)r[Array.IndexOf(columns, "onlyIn")]!));
        Assert.Equal([(SampleGraph.Finance, "body")], rows);
    }

    [Fact]
    public async Task Zone_view_lists_the_measures_that_apply_there()
    {
        var json = await Run("zone-applicability", ("zone", "福州片区"));

        var row = Assert.Single(json["answer"]!["rows"]!);
        Assert.Equal(1, (int)row[1]!);
        Assert.Equal(SampleGraph.MeasureA1, (string?)row[2]![0]!["id"]);
    }

    [Fact]
    public async Task Recurring_measures_pair_measures_of_different_documents()
    {
        var json = await Run("recurring-measures");

        var row = Assert.Single(json["answer"]!["rows"]!);
        Assert.Equal(SampleGraph.MeasureA1, (string?)row[0]!["id"]);
        Assert.Equal(SampleGraph.MeasureB1, (string?)row[2]!["id"]);
        Assert.Equal(0.82, (double)row[4]!, 3);
    }

    [Fact]
    public async Task Shortest_path_connects_two_agencies_through_their_shared_measure()
    {
        var json = await Run("shortest-path", ("from", SampleGraph.Commerce), ("to", SampleGraph.Finance));

        var row = Assert.Single(json["answer"]!["rows"]!);
        Assert.Equal([SampleGraph.Commerce, SampleGraph.MeasureA1, SampleGraph.Finance], row[0]!["nodes"]!.Strings());
        Assert.Equal(2, (int)row[1]!);
    }

    [Fact]
    public async Task Missing_or_mistyped_parameters_are_named_in_the_problem()
    {
        var missing = await _client.GetJsonAsync("/api/queries/agency-portfolio", HttpStatusCode.BadRequest);
        var mistyped = await _client.GetJsonAsync("/api/queries/co-responsibility?minShared=many", HttpStatusCode.BadRequest);
        var unknown = await _client.GetJsonAsync("/api/queries/no-such-view", HttpStatusCode.NotFound);

        Assert.Contains("'agency'", (string?)missing["detail"], StringComparison.Ordinal);
        Assert.Contains("'minShared' must be of type integer", (string?)mistyped["detail"], StringComparison.Ordinal);
        Assert.Contains("no-such-view", (string?)unknown["detail"], StringComparison.Ordinal);
    }

    private Task<JToken> Run(string name, params (string Key, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return _client.GetJsonAsync($"/api/queries/{name}{(query.Length > 0 ? "?" + query : "")}");
    }
}
