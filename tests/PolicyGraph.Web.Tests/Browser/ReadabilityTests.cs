using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>What a reader sees at 1600×1000: shared links keep their search, views fit with their labels, labels are
/// readable or hidden, responsibilities read as text, edges with a stated role and without one differ.</summary>
public class ReadabilityTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    // Every visible node with its label box inside the canvas (rendered px), and the zoom.
    private const string FitReport = """
        () => {
          const nodes = cy.nodes(':visible');
          const outside = nodes.filter(n => { const b = n.renderedBoundingBox({ includeLabels: true });
            return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height(); });
          const all = nodes.renderedBoundingBox({ includeLabels: true });
          return { outside: outside.map(n => n.id()), zoom: cy.zoom(), widthShare: all.w / cy.width(), heightShare: all.h / cy.height() };
        }
        """;

    [ChromiumFact]
    public async Task Shared_search_link_keeps_its_text_and_results()
    {
        var agency = await TopAgencyAsync();
        var name = (string)agency["name"]!;

        var page = await OpenAsync(app, "/?q=" + Uri.EscapeDataString(name));

        Assert.Equal(name, await page.InputValueAsync("#search input"));
        await page.Locator($"#search li[data-id={JsString((string)agency["id"]!)}]").WaitForAsync();
        Assert.Contains("q=" + Uri.EscapeDataString(name), page.Url, StringComparison.Ordinal);

        // Typing keeps the link in step, so copying it now shares the new search.
        var shorter = name[..2];
        await page.FillAsync("#search input", shorter);
        await page.WaitForFunctionAsync($"() => new URLSearchParams(location.search).get('q') === {JsString(shorter)}");
    }

    [ChromiumFact]
    public async Task Start_view_uses_the_canvas_with_readable_labels_and_a_useful_side_panel()
    {
        var page = await OpenAsync(app, "/");

        var fit = JsonFit.From(await page.EvaluateAsync<System.Text.Json.JsonElement>(FitReport));
        var smallestLabelPx = await page.EvaluateAsync<double>(
            "() => Math.min(...cy.nodes(':visible').map(n => parseFloat(n.renderedStyle('font-size'))))");
        output.WriteLine($"start view: zoom {fit.Zoom:0.00}, width share {fit.WidthShare:0.00}, height share {fit.HeightShare:0.00}, smallest label {smallestLabelPx:0.0} px");
        Assert.Empty(fit.Outside);
        Assert.True(fit.WidthShare > 0.8 || fit.HeightShare > 0.8, "the graph should fill the canvas in one direction");
        Assert.InRange(smallestLabelPx, 10.9, 40); // READABLE_PX in style.js, up to rounding
        await Assertions.Expect(page.Locator("#details .intro h2")).ToHaveTextAsync("协同责任网络");
        await Assertions.Expect(page.Locator("#details .intro ol li")).ToHaveCountAsync(10);
        await ScreenshotAsync(page, output, "start");

        var top = await TopAgencyAsync();
        await page.ClickAsync($"#details .intro li[data-id={JsString((string)top["id"]!)}] button");
        await page.WaitForFunctionAsync("() => location.search.includes('view=agency-portfolio')");
        Assert.Contains(Uri.EscapeDataString((string)top["id"]!), page.Url, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Whole_graph_hides_labels_it_would_draw_below_nine_pixels()
    {
        var page = await OpenAsync(app, "/");
        await page.ClickAsync("[data-command=wholeGraph]");
        await page.WaitForFunctionAsync("() => cy.nodes().length > 300");

        var tooSmallButDrawn = await page.EvaluateAsync<int>("""
            () => cy.nodes(':visible').filter(n => {
              const px = parseFloat(n.renderedStyle('font-size'));
              return px < 9 && px * 1 >= parseFloat(n.style('min-zoomed-font-size'));
            }).length
            """);

        Assert.Equal(0, tooSmallButDrawn);
    }

    [ChromiumFact]
    public async Task Smallest_document_outline_fits_with_its_labels_and_is_not_blown_up()
    {
        var document = await SmallestOutlineDocumentAsync();

        var page = await OpenAsync(app, "/?view=document-outline&p.document=" + Uri.EscapeDataString(document));
        var fit = JsonFit.From(await page.EvaluateAsync<System.Text.Json.JsonElement>(FitReport));

        output.WriteLine($"outline of {document}: zoom {fit.Zoom:0.00}");
        Assert.Empty(fit.Outside);
        Assert.InRange(fit.Zoom, 0.05, 1.15); // MAX_FIT_ZOOM in controller.js
        await ScreenshotAsync(page, output, "small-outline");
    }

    [ChromiumFact]
    public async Task Portfolio_reads_responsibilities_as_text_and_draws_stated_and_unstated_roles_differently()
    {
        // Columns: agency, measures, documents, statedLead, roleStated, roleNotStated.
        var stated = await RankedAgencyAsync(row => (int)row[4]! > 0);
        var unstated = await RankedAgencyAsync(row => (int)row[5]! > 0);

        var page = await OpenAsync(app, "/?view=agency-portfolio&p.agency=" + Uri.EscapeDataString(stated));
        var statedCells = await page.Locator("#table table.results td.list li").AllTextContentsAsync();
        var statedStyle = await page.EvaluateAsync<string>(
            "() => cy.edges('[label = \"RESPONSIBLE_FOR\"]').not('.role-not-stated').first().style('line-style')");
        page = await OpenAsync(app, "/?view=agency-portfolio&p.agency=" + Uri.EscapeDataString(unstated));
        var cells = await page.Locator("#table table.results td.list li").AllTextContentsAsync();
        var unstatedStyle = await page.EvaluateAsync<string>("() => cy.edges('.role-not-stated').first().style('line-style')");

        Assert.DoesNotContain(cells, c => c.Contains(":RESPONSIBLE_FOR", StringComparison.Ordinal) || c.Contains(":CONTAINS", StringComparison.Ordinal));
        // The role is the one the text states, or "not stated"; the position in the list is only a position.
        Assert.Contains(statedCells, c => new[] { "牵头", "配合", "责任单位", "报送单位" }
            .Any(role => c.StartsWith($"负责 · {role} · 序位 ", StringComparison.Ordinal)));
        Assert.Contains(cells, c => c.StartsWith("负责 · 角色未写明 · 序位 ", StringComparison.Ordinal));
        // Containment has an order too, but it is a position, not a role.
        Assert.Contains(cells, c => c.StartsWith("包含 · 序位 ", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.StartsWith("包含 · 牵头", StringComparison.Ordinal) || c.StartsWith("包含 · 配合", StringComparison.Ordinal));
        Assert.Equal(("solid", "dashed"), (statedStyle, unstatedStyle));
        await Assertions.Expect(page.Locator("#legend [data-entry='role-not-stated']")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, output, "portfolio-readable");
    }

    [ChromiumFact]
    public async Task English_ranking_labels_every_node_with_its_english_name()
    {
        var page = await OpenAsync(app, "/?lang=en&view=agencies-ranked");

        var unlabelled = await page.EvaluateAsync<string[]>(
            "() => cy.nodes('[nameEn]').filter(n => n.style('label') !== n.data('nameEn')).map(n => n.id())");
        var count = await page.EvaluateAsync<int>("() => cy.nodes('[nameEn]').length");

        // The reported "unlabelled" nodes were covered by neighbours' long wrapped English labels: no box may overlap.
        var overlapping = await page.EvaluateAsync<int>("""
            () => { const boxes = cy.nodes(':visible').map(n => n.renderedBoundingBox({ includeLabels: true }));
              let pairs = 0;
              boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
                if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs++; }));
              return pairs; }
            """);

        Assert.True(count > 0);
        Assert.Empty(unlabelled);
        Assert.Equal(0, overlapping);
        await ScreenshotAsync(page, output, "english-ranking");
    }

    private async Task<JToken> TopAgencyAsync() =>
        (await app.Api.GetJsonAsync("/api/queries/agencies-ranked"))["answer"]!["rows"]![0]![0]!;

    private async Task<string> RankedAgencyAsync(Func<JToken, bool> predicate)
    {
        var rows = (await app.Api.GetJsonAsync("/api/queries/agencies-ranked?limit=1000"))["answer"]!["rows"]!;
        return (string)rows.First(predicate)[0]!["id"]!;
    }

    private async Task<string> SmallestOutlineDocumentAsync()
    {
        var documents = (await app.Api.GetJsonAsync("/api/overview"))["documents"]!.Select(d => (string)d["id"]!);
        var sizes = new List<(string Id, int Nodes)>();
        foreach (var id in documents)
        {
            var outline = await app.Api.GetJsonAsync("/api/queries/document-outline?document=" + Uri.EscapeDataString(id));
            sizes.Add((id, outline["answer"]!["elements"]!["nodes"]!.Count()));
        }
        return sizes.Where(s => s.Nodes > 1).MinBy(s => s.Nodes).Id;
    }

    private sealed record JsonFit(string[] Outside, double Zoom, double WidthShare, double HeightShare)
    {
        public static JsonFit From(System.Text.Json.JsonElement json) => new(
            json.GetProperty("outside").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            json.GetProperty("zoom").GetDouble(), json.GetProperty("widthShare").GetDouble(), json.GetProperty("heightShare").GetDouble());
    }
}
