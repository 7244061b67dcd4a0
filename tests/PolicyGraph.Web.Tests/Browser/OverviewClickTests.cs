using System.Text.Json;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>
/// A large view zoomed out: its nodes are drawn by the overview canvas, not by Cytoscape, and real mouse clicks
/// (Playwright's mouse, through the browser's input pipeline) on a node's square select that node and on an
/// aggregated line zoom in to the real edges.
/// </summary>
public class OverviewClickTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    // 1,600 nodes 300 units apart (a large view fitted far below the level-of-detail zoom), each linked to its right
    // neighbour; every fourth row also to the node below.
    private const int Spacing = 300;
    private static readonly string ShowLattice = PageHelpers.ShowLattice(spacing: Spacing, downEveryRows: 4, mixedLabels: true);

    /// <summary>A point of the page (CSS pixels) where the given node's centre is drawn.</summary>
    private static async Task<(float X, float Y)> PagePointAsync(Microsoft.Playwright.IPage page, string script)
    {
        var point = await page.EvaluateAsync<JsonElement>(script);
        return ((float)point.GetProperty("x").GetDouble(), (float)point.GetProperty("y").GetDouble());
    }

    [ChromiumFact]
    public async Task A_click_on_an_overview_square_selects_its_node_and_Cytoscape_draws_only_that_one()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        await page.WaitForFunctionAsync("() => policyGraph.graph.lod.summary().overview > 0");
        var before = await page.EvaluateAsync<JsonElement>("""
            () => ({ overview: policyGraph.graph.lod.summary().overview, drawnByCytoscape: policyGraph.graph.realNodes().filter(n => n.visible()).length,
              inCytoscape: policyGraph.graph.realNodes().length })
            """);
        Assert.Equal(LatticeNodes, before.GetProperty("overview").GetInt32());
        Assert.Equal(0, before.GetProperty("drawnByCytoscape").GetInt32());
        // Held outside Cytoscape altogether, not only hidden in it.
        Assert.Equal(0, before.GetProperty("inCytoscape").GetInt32());

        // The middle node of the lattice (row 20, column 21), where the page draws it.
        var (x, y) = await PagePointAsync(page, PagePointOf(821, Spacing));
        await page.Mouse.ClickAsync(x, y);
        await page.WaitForFunctionAsync("() => cy.$(':selected').nonempty()");

        var after = await page.EvaluateAsync<JsonElement>("""
            () => ({ selected: cy.$(':selected').map(e => e.id()), visible: cy.$id('n821').visible(),
              drawnByCytoscape: policyGraph.graph.realNodes().filter(n => n.visible()).length, url: location.search })
            """);
        Assert.Equal(["n821"], after.GetProperty("selected").EnumerateArray().Select(e => e.GetString()));
        Assert.True(after.GetProperty("visible").GetBoolean(), "the selected node is drawn by Cytoscape over the overview");
        Assert.Equal(1, after.GetProperty("drawnByCytoscape").GetInt32());
        Assert.Contains("select=n821", after.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task A_click_between_squares_selects_nothing_and_a_click_on_an_aggregated_line_zooms_in()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        await page.WaitForFunctionAsync("() => cy.edges('.lod-aggregate').nonempty()");

        // Half way between two rows and two columns of nodes with no edge across: nothing to pick there.
        var (ax, ay) = await PagePointAsync(page, PagePointOf(821, Spacing));
        var (bx, by) = await PagePointAsync(page, PagePointOf(862, Spacing));
        var (emptyX, emptyY) = ((ax + bx) / 2, (ay + by) / 2);
        await page.Mouse.ClickAsync(emptyX, emptyY);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => cy.$(':selected').length"));

        // The middle of the widest stand-in line, where the page draws it.
        var (x, y) = await PagePointAsync(page, """
            () => { const box = cy.container().getBoundingClientRect(), e = cy.edges('.lod-aggregate').max(e => e.data('count')).ele;
              const [s, t] = [e.source().renderedPosition(), e.target().renderedPosition()];
              return { x: box.left + (s.x + t.x) / 2, y: box.top + (s.y + t.y) / 2 }; }
            """);
        var zoomBefore = await page.EvaluateAsync<double>("() => cy.zoom()");
        await page.Mouse.ClickAsync(x, y);
        await page.WaitForFunctionAsync("() => cy.elements('.lod').empty() && !cy.animated()");

        var zoomAfter = await page.EvaluateAsync<double>("() => cy.zoom()");
        Assert.True(zoomAfter >= 0.45 && zoomAfter > zoomBefore, $"zoom {zoomBefore} → {zoomAfter}");
        // Zoomed in, the overview draws exactly the nodes still held (Cytoscape draws the rest).
        var drawnBy = await page.EvaluateAsync<JsonElement>("() => ({ overview: policyGraph.graph.lod.summary().overview, held: policyGraph.graph.lod.heldNodeCount, inCytoscape: policyGraph.graph.realNodes().length })");
        Assert.Equal(drawnBy.GetProperty("held").GetInt32(), drawnBy.GetProperty("overview").GetInt32());
        Assert.Equal(LatticeNodes, drawnBy.GetProperty("held").GetInt32() + drawnBy.GetProperty("inCytoscape").GetInt32());
    }
}
