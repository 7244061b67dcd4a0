using System.Xml.Linq;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>What a strategist and an analyst do on the page, against the seed graph. Entities are chosen from the
/// API's own answers (the agency named on most measures, …), not hard-coded names.</summary>
public class ExploreTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    [ChromiumFact]
    public async Task Search_for_an_agency_then_one_click_opens_its_portfolio()
    {
        var ranked = await app.Api.GetJsonAsync("/api/queries/agencies-ranked");
        var agency = ranked["answer"]!["rows"]![0]![0]!;
        var expected = await app.Api.GetJsonAsync($"/api/queries/agency-portfolio?agency={Uri.EscapeDataString((string)agency["id"]!)}");
        var page = await OpenAsync("/");

        await page.FillAsync("#search input", (string)agency["name"]!);
        await page.ClickAsync($"#search li[data-id=\"{agency["id"]}\"]");

        await page.WaitForFunctionAsync("() => location.search.includes('view=agency-portfolio')");
        await Assertions.Expect(page.Locator("#table table.results tbody tr")).ToHaveCountAsync(expected["answer"]!["rows"]!.Count());
        var nodesShown = await page.EvaluateAsync<int>("() => cy.nodes().length");
        Assert.Equal(expected["answer"]!["elements"]!["nodes"]!.Count(), nodesShown);
        Assert.True(await page.EvaluateAsync<bool>($"() => cy.getElementById({JValue.CreateString((string)agency["id"]!).ToString(Newtonsoft.Json.Formatting.None)}).selected()"));
        await Screenshot(page, "portfolio");
    }

    [ChromiumFact]
    public async Task Search_results_can_be_chosen_with_the_keyboard()
    {
        var ranked = await app.Api.GetJsonAsync("/api/queries/agencies-ranked");
        var agency = ranked["answer"]!["rows"]![0]![0]!;
        var page = await OpenAsync("/");

        await page.FillAsync("#search input", (string)agency["name"]!);
        await page.Locator($"#search li[data-id=\"{agency["id"]}\"]").WaitForAsync();
        await page.PressAsync("#search input", "ArrowDown");
        await page.PressAsync("#search input", "Enter");

        await page.WaitForFunctionAsync("() => location.search.includes('view=agency-portfolio')");
        Assert.Contains(Uri.EscapeDataString((string)agency["id"]!), page.Url, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Clicking_a_responsibility_edge_shows_its_quoted_clause_in_the_source()
    {
        var page = await OpenAsync("/?view=body-annex-disagreement");
        await WaitForGraph(page);

        // A real mouse click on the canvas, at the edge whose midpoint lies farthest from any node and its label.
        var point = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => {
              const box = cy.container().getBoundingClientRect();
              const edges = cy.edges('[label = "RESPONSIBLE_FOR"]').filter(e => e.data('props').quote);
              const far = (e) => Math.min(...cy.nodes().map(n => {
                const bb = n.renderedBoundingBox({ includeLabels: true }), m = e.renderedMidpoint();
                return Math.hypot(Math.max(bb.x1 - m.x, 0, m.x - bb.x2), Math.max(bb.y1 - m.y, 0, m.y - bb.y2)); }));
              const edge = edges.max(far).ele;
              const m = edge.renderedMidpoint();
              return { x: box.left + m.x, y: box.top + m.y, id: edge.id(), quote: edge.data('props').quote };
            }
            """);
        var target = new EdgePoint(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle(),
            point.GetProperty("id").GetString()!, point.GetProperty("quote").GetString()!);
        await page.Mouse.ClickAsync(target.X, target.Y);

        await Assertions.Expect(page.Locator("#details blockquote.quote")).ToHaveTextAsync(target.Quote);
        await Assertions.Expect(page.Locator("#details .source-lines mark").First).ToBeVisibleAsync();
        var marked = await page.Locator("#details .source-lines mark").AllTextContentsAsync();
        // Table-row quotes join their cells with " | " for reading; the source has tabs there, which are not marked.
        Assert.Equal(Compact(target.Quote.Replace(" | ", "")), Compact(string.Concat(marked)));
        await Screenshot(page, "edge-provenance");
    }

    [ChromiumFact]
    public async Task Console_query_shows_a_table_and_a_graph()
    {
        var page = await OpenAsync("/");
        await WaitForGraph(page);
        const string query = "MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE r.order = $order RETURN a, r, m LIMIT 12";

        await PageHelpers.SetQueryAsync(page, query);
        await page.FillAsync("#console textarea.parameters", "{\"order\": 1}");
        await page.ClickAsync("#console button[type=submit]");

        await Assertions.Expect(page.Locator("#table table.results tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("#table table.results thead th")).ToHaveTextAsync(["a", "r", "m"]);
        await page.WaitForFunctionAsync("() => cy.edges('[label = \"RESPONSIBLE_FOR\"]').length === 12");
        Assert.Contains("cypher=", page.Url, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Console_error_names_line_and_column()
    {
        var page = await OpenAsync("/");
        await WaitForGraph(page);

        await PageHelpers.SetQueryAsync(page, "MATCH (a:Agency)\nRETURN a.name ORDER");
        await page.ClickAsync("#console button[type=submit]");

        await Assertions.Expect(page.Locator("#console .console-error [role=alert]")).ToContainTextAsync("line 2");
    }

    [ChromiumFact]
    public async Task Current_view_exports_as_png_and_as_cytoscape_json()
    {
        var page = await OpenAsync("/");
        await WaitForGraph(page);
        var visibleNodes = await page.EvaluateAsync<int>("() => cy.nodes(':visible').length");

        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-command=png]"));
        var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-command=json]"));

        var pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, pngBytes.Take(4));
        var view = JToken.Parse(await File.ReadAllTextAsync((await json.PathAsync())!));
        Assert.Equal(visibleNodes, view["nodes"]!.Count());
        Assert.All(view["edges"]!, e => Assert.NotNull((string?)e["data"]!["source"]));
    }

    [ChromiumFact]
    public async Task GraphML_export_downloads_the_whole_graph()
    {
        var overview = await app.Api.GetJsonAsync("/api/overview");
        var page = await OpenAsync("/");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href='/api/export/graphml']"));
        var path = await download.PathAsync();

        var xml = XDocument.Load(path!);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal((int)overview["nodeCount"]!, xml.Descendants(ns + "node").Count());
        Assert.Equal((int)overview["relationshipCount"]!, xml.Descendants(ns + "edge").Count());
    }

    [ChromiumFact]
    public async Task Whole_seed_graph_lays_out_every_node()
    {
        var page = await OpenAsync("/");
        await WaitForGraph(page);
        var overview = await app.Api.GetJsonAsync("/api/overview");

        await page.ClickAsync("[data-command=wholeGraph]");
        await page.WaitForFunctionAsync($"() => cy.nodes().length === {(int)overview["nodeCount"]!}");
        var layoutMs = double.Parse((await page.GetAttributeAsync("#graph", "data-layout-ms"))!, System.Globalization.CultureInfo.InvariantCulture);

        // The time is reported, not judged: layout speed is measured by tools/web-bench/run.sh, not by a test.
        output.WriteLine($"whole-graph layout: {overview["nodeCount"]} nodes, {overview["relationshipCount"]} edges, {layoutMs:0} ms");
        Assert.True(layoutMs > 0, "the layout did not record that it ran");
        var unplaced = await page.EvaluateAsync<int>(
            "() => cy.nodes().filter(n => !Number.isFinite(n.position('x')) || !Number.isFinite(n.position('y'))).length");
        Assert.Equal(0, unplaced);
        await Screenshot(page, "whole-graph");
    }

    [ChromiumFact]
    public async Task Double_click_expands_a_node_and_undo_takes_the_expansion_back()
    {
        var page = await OpenAsync("/");
        await WaitForGraph(page);
        var point = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => {
              const box = cy.container().getBoundingClientRect();
              const node = cy.nodes().max(n => n.renderedWidth()).ele;
              const p = node.renderedPosition();
              return { x: box.left + p.x, y: box.top + p.y, id: node.id(), count: cy.elements().length };
            }
            """);
        var id = point.GetProperty("id").GetString()!;
        var neighbours = await app.Api.GetJsonAsync($"/api/nodes/{Uri.EscapeDataString(id)}/neighbours");
        var expected = neighbours["elements"]!["nodes"]!.Select(n => (string)n["data"]!["id"]!).ToArray();
        var before = point.GetProperty("count").GetInt32();

        await page.Mouse.DblClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        var ids = System.Text.Json.JsonSerializer.Serialize(expected);
        await page.WaitForFunctionAsync($"() => {ids}.every(id => cy.getElementById(id).nonempty())");
        Assert.True(await page.EvaluateAsync<int>("() => cy.elements().length") > before);
        await page.ClickAsync("[data-command=undo]");
        Assert.Equal(before, await page.EvaluateAsync<int>("() => cy.elements().length"));
    }

    [ChromiumFact]
    public async Task Unticking_a_label_filter_hides_those_nodes()
    {
        var page = await OpenAsync("/?view=body-annex-disagreement");
        await WaitForGraph(page);

        await page.UncheckAsync("#filters input[type=checkbox][value=Agency]");

        await page.WaitForFunctionAsync("() => cy.nodes('[label = \"Agency\"]:visible').length === 0");
        Assert.True(await page.EvaluateAsync<int>("() => cy.nodes('[label = \"Agency\"]').length") > 0);
        Assert.True(await page.EvaluateAsync<int>("() => cy.nodes(':visible').length") > 0);
    }

    [ChromiumFact]
    public async Task Language_toggle_switches_ui_text_and_survives_in_the_link()
    {
        var page = await OpenAsync("/");
        await WaitForGraph(page);

        await page.ClickAsync("#language-toggle");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("PolicyGraph");
        Assert.Contains("lang=en", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => cy.nodes().length > 0 && cy.nodes().every(n => n.hasClass('label-en'))"));
        Assert.Equal(await page.EvaluateAsync<string>("() => cy.nodes('[nameEn]').first().data('nameEn') ?? ''"),
            await page.EvaluateAsync<string>("() => cy.nodes('[nameEn]').first().style('label') ?? ''"));
        var reopened = await OpenAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(reopened.Locator("h1")).ToHaveTextAsync("PolicyGraph");
        await Screenshot(reopened, "english");
    }

    private Task<IPage> OpenAsync(string path) => PageHelpers.OpenAsync(app, path);

    private static Task WaitForGraph(IPage page) => page.WaitForFunctionAsync("() => cy.nodes().length > 0");

    private Task Screenshot(IPage page, string name) => PageHelpers.ScreenshotAsync(page, output, name);

    private static string Compact(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c).ToArray());

    private sealed record EdgePoint(float X, float Y, string Id, string Quote);
}
