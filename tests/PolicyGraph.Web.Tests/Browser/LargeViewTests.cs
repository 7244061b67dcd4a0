using System.Text.Json;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>
/// Large views (1,500+ nodes) zoomed out draw one edge per pair of grid cells instead of the real edges; a tap on one
/// zooms in where the real edges are drawn again; selecting a node still works; counts read the real elements.
/// </summary>
public class LargeViewTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    // A positioned 40×40 lattice (1,600 nodes), each node linked to its right and lower neighbours (3,120 edges),
    // 100 units apart: too wide to fit at a zoom where its edges are drawn one by one.
    private const string ShowLattice = """
        () => {
          const side = 40, nodes = [], edges = [];
          for (let i = 0; i < side * side; i++) {
            const [x, y] = [i % side, Math.floor(i / side)];
            nodes.push({ data: { id: `n${i}`, label: 'Measure', name: `m${i}` }, position: { x: x * 100, y: y * 100 } });
            if (x + 1 < side) edges.push({ data: { id: `r${i}`, source: `n${i}`, target: `n${i + 1}`, label: 'CITES' } });
            if (y + 1 < side) edges.push({ data: { id: `d${i}`, source: `n${i}`, target: `n${i + side}`, label: 'CITES' } });
          }
          policyGraph.graph.show({ nodes, edges });
          return edges.length;
        }
        """;

    private const string Drawing = """
        () => {
          const aggregates = cy.edges('.lod-aggregate');
          return { zoom: cy.zoom(), aggregates: aggregates.length, folded: cy.edges('.lod-folded').length,
            standFor: aggregates.reduce((sum, e) => sum + e.data('count'), 0), counted: policyGraph.graph.counts().edges,
            exported: policyGraph.graph.exportJson().edges.length };
        }
        """;

    [ChromiumFact]
    public async Task Zoomed_out_edges_are_aggregated_per_cell_pair_and_a_tap_on_one_zooms_in_to_the_real_edges()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);

        var outView = await page.EvaluateAsync<JsonElement>(Drawing);
        Assert.True(outView.GetProperty("zoom").GetDouble() < 0.45, $"the lattice fitted at zoom {outView.GetProperty("zoom")}");
        Assert.Equal(total, outView.GetProperty("folded").GetInt32());
        var aggregates = outView.GetProperty("aggregates").GetInt32();
        Assert.InRange(aggregates, 1, total / 4);
        // Each stand-in counts the real edges between its two cells; edges inside one cell are not drawn at this zoom.
        Assert.InRange(outView.GetProperty("standFor").GetInt32(), aggregates, total);
        Assert.Equal(total, outView.GetProperty("counted").GetInt32());
        Assert.Equal(total, outView.GetProperty("exported").GetInt32());

        var tapped = await page.EvaluateAsync<JsonElement>("""
            () => { const e = cy.edges('.lod-aggregate').max(e => e.data('count')).ele; e.emit('tap');
              return { members: e.data('members').length, zoom: cy.zoom(), animated: cy.animated() }; }
            """);
        try { await page.WaitForFunctionAsync("() => cy.edges('.lod').empty() && !cy.animated()"); }
        catch (TimeoutException) { Assert.Fail(tapped.ToString() + (await page.EvaluateAsync<JsonElement>(Drawing)).ToString()); }

        var inView = await page.EvaluateAsync<JsonElement>(Drawing);
        Assert.True(inView.GetProperty("zoom").GetDouble() >= 0.45);
        Assert.Equal(0, inView.GetProperty("folded").GetInt32());
        Assert.Equal(total, inView.GetProperty("counted").GetInt32());
    }

    [ChromiumFact]
    public async Task A_click_on_a_node_of_a_large_zoomed_out_view_selects_it_and_shows_its_details()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        await page.WaitForFunctionAsync("() => cy.edges('.lod-aggregate').nonempty()");

        var point = await page.EvaluateAsync<JsonElement>("""
            () => { const box = cy.container().getBoundingClientRect(), p = cy.$id('n820').renderedPosition();
              return { x: box.left + p.x, y: box.top + p.y }; }
            """);
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        await page.WaitForFunctionAsync("() => policyGraph.graph.selectedId() === 'n820'");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('select') === 'n820'");
        Assert.Contains("m820", await page.Locator("#details").InnerTextAsync(), StringComparison.Ordinal);
    }
}
