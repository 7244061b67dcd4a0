using System.Text.Json;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>
/// A large view held outside Cytoscape (held-view.js) and zoomed in: nothing in the viewport goes undrawn during a pan,
/// every element stays exactly once in Cytoscape or in the held view, and the page's state (hover, language, a link's
/// hidden nodes) acts on it as on any view.
/// </summary>
public class HeldViewTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    // 1,600 nodes 100 units apart, 3,120 edges: fitted far below the level-of-detail zoom, so held on arrival.
    private static readonly string ShowLattice = PageHelpers.ShowLattice();
    private const string ZoomInAtCorner = "() => { cy.viewport({ zoom: 1, pan: { x: 50, y: 50 } }); policyGraph.graph.restyleLabels(); }";

    // Every node and edge of the view once: in Cytoscape or held, never in both.
    private const string Accounted = """
        () => { const g = policyGraph.graph;
          const nodeIds = [...g.realNodes().map(n => n.id()), ...g.lod.heldNodeIds()];
          const edgeIds = [...g.realEdges().map(e => e.id()), ...g.lod.held.edges.keys()];
          return { nodes: nodeIds.length, edges: edgeIds.length, distinctNodes: new Set(nodeIds).size, distinctEdges: new Set(edgeIds).size,
            zoomedOut: g.lod.active }; }
        """;

    [ChromiumFact]
    public async Task A_pan_zoomed_in_in_one_step_leaves_no_node_in_the_viewport_undrawn()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        await page.EvaluateAsync(ZoomInAtCorner);
        await page.WaitForFunctionAsync(DoneRevealing);

        // To the far corner in one step, no pause: nothing there is in Cytoscape yet, the overview draws it. All in one
        // script, so no pan pause (a timer) reveals anything before it is looked at.
        var moved = await page.EvaluateAsync<JsonElement>($$"""
            () => { cy.pan({ x: cy.width() - 50 - 3900, y: cy.height() - 50 - 3900 });
              const farCornerInCytoscape = cy.$id('n1599').nonempty(), undrawn = ({{UndrawnInViewport}})();
              // Drawn for that viewport as its next animation frame draws it, the overview canvas paints every node it
              // holds in the viewport at its centre (read from the canvas's pixels).
              const overview = policyGraph.graph.lod.overview; overview.draw();
              const canvas = cy.container().querySelector('canvas.graph-overview'), context = canvas.getContext('2d');
              const { ids, xs, ys } = overview.points, [zoom, pan] = [cy.zoom(), cy.pan()];
              const centres = [...ids.keys()].map(i => [ids[i], Math.round(xs[i] * zoom + pan.x), Math.round(ys[i] * zoom + pan.y)])
                .filter(([, x, y]) => x >= 0 && y >= 0 && x < canvas.width && y < canvas.height);
              const blank = centres.filter(([, x, y]) => context.getImageData(x, y, 1, 1).data[3] === 0).map(([id]) => id);
              return { farCornerInCytoscape, ...undrawn, centres: centres.length, blank: blank.slice(0, 5) }; }
            """);
        Assert.False(moved.GetProperty("farCornerInCytoscape").GetBoolean(), moved.ToString());
        Assert.True(moved.GetProperty("inView").GetInt32() > 0, moved.ToString());
        Assert.Equal(0, moved.GetProperty("undrawn").GetInt32());
        Assert.True(moved.GetProperty("centres").GetInt32() > 0, moved.ToString());
        Assert.Empty(moved.GetProperty("blank").EnumerateArray());
    }

    [ChromiumFact]
    public async Task Zooming_in_panning_out_and_in_again_keeps_every_element_once()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);
        var steps = new (string Name, string Script)[]
        {
            ("zoomed in", ZoomInAtCorner),
            ("panned", "() => { cy.pan({ x: cy.width() / 2 - 2000, y: cy.height() / 2 - 2000 }); policyGraph.graph.lod.revealNear(); }"),
            ("zoomed out", "() => policyGraph.graph.fit()"),
            ("zoomed in again", "() => { cy.viewport({ zoom: 0.8, pan: { x: cy.width() / 2 - 0.8 * 3000, y: cy.height() / 2 - 0.8 * 1000 } }); policyGraph.graph.restyleLabels(); }"),
        };
        foreach (var (name, script) in steps)
        {
            await page.EvaluateAsync(script);
            await page.WaitForFunctionAsync(DoneRevealing);
            var accounted = await page.EvaluateAsync<JsonElement>(Accounted);
            Assert.True(LatticeNodes == accounted.GetProperty("nodes").GetInt32(), $"{name}: {accounted}");
            Assert.True(LatticeNodes == accounted.GetProperty("distinctNodes").GetInt32(), $"{name}: {accounted}");
            Assert.True(total == accounted.GetProperty("edges").GetInt32(), $"{name}: {accounted}");
            Assert.True(total == accounted.GetProperty("distinctEdges").GetInt32(), $"{name}: {accounted}");
            Assert.True(name == "zoomed out" == accounted.GetProperty("zoomedOut").GetBoolean(), $"{name}: {accounted}");
        }
    }

    [ChromiumFact]
    public async Task Hovering_a_node_of_a_held_view_zoomed_in_dims_nothing()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        await page.EvaluateAsync(ZoomInAtCorner);
        await page.WaitForFunctionAsync(DoneRevealing);
        var hovered = await page.EvaluateAsync<JsonElement>("""
            () => { cy.$id('n0').emit('mouseover');
              return { inCytoscape: cy.nodes().length, dimmed: cy.elements('.dimmed').length }; }
            """);
        // Cytoscape holds only part of the view: fewer nodes than make a view large, yet the view is large.
        Assert.InRange(hovered.GetProperty("inCytoscape").GetInt32(), 1, 1499);
        Assert.Equal(0, hovered.GetProperty("dimmed").GetInt32());
    }

    [ChromiumFact]
    public async Task A_links_hidden_node_keeps_the_rest_of_the_view_held()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);
        var state = await page.EvaluateAsync<JsonElement>("""
            () => { const g = policyGraph.graph; g.applyViewState({ hide: ['n820'] });
              return { held: g.lod.heldCount, heldNodes: g.lod.heldNodeCount, edges: g.counts().edges,
                hidden: cy.$id('n820').hasClass('hidden'), hiddenEdges: cy.edges('.hidden').length }; }
            """);
        // Its four lattice edges go into Cytoscape hidden with it; every other edge and node stays held.
        Assert.True(state.GetProperty("hidden").GetBoolean(), state.ToString());
        Assert.Equal(4, state.GetProperty("hiddenEdges").GetInt32());
        Assert.Equal(total - 4, state.GetProperty("held").GetInt32());
        Assert.Equal(total - 4, state.GetProperty("edges").GetInt32());
        Assert.InRange(state.GetProperty("heldNodes").GetInt32(), LatticeNodes - 5, LatticeNodes - 1);
    }

    [ChromiumFact]
    public async Task A_links_position_that_is_no_number_leaves_a_held_node_where_it_was()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        var placed = await page.EvaluateAsync<JsonElement>("""
            () => { const g = policyGraph.graph; g.applyViewState({ positions: { n5: { x: NaN, y: 3 }, n6: { x: 7, y: 8 } } });
              return { n5: g.lod.positionOf('n5'), n6: g.lod.positionOf('n6'), moved: [...g.moved.keys()] }; }
            """);
        // n5 of the lattice lies at (500, 0); n6 moves as the link says.
        Assert.Equal(500, placed.GetProperty("n5").GetProperty("x").GetDouble());
        Assert.Equal(0, placed.GetProperty("n5").GetProperty("y").GetDouble());
        Assert.Equal(7, placed.GetProperty("n6").GetProperty("x").GetDouble());
        Assert.Equal(["n6"], placed.GetProperty("moved").EnumerateArray().Select(e => e.GetString()));
    }

    [ChromiumFact]
    public async Task Undo_brings_a_held_view_back_in_the_language_chosen_since()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        var classes = await page.EvaluateAsync<JsonElement>("""
            () => { const g = policyGraph.graph;
              g.setEnglishLabels(true); g.select('n5');
              const before = cy.$id('n5').hasClass('label-en');
              g.show({ nodes: [{ data: { id: 'alone', label: 'Measure', name: 'alone' } }], edges: [] });
              g.setEnglishLabels(false);
              g.undo();
              // A node taken out of the held view after the undo is dressed as the page is now too.
              g.select('n6');
              return { before, undoneSelected: cy.$id('n5').hasClass('label-en'), takenLater: cy.$id('n6').hasClass('label-en'),
                held: g.lod.heldCount > 0 }; }
            """);
        Assert.True(classes.GetProperty("before").GetBoolean(), classes.ToString());
        Assert.True(classes.GetProperty("held").GetBoolean(), classes.ToString());
        Assert.False(classes.GetProperty("undoneSelected").GetBoolean(), classes.ToString());
        Assert.False(classes.GetProperty("takenLater").GetBoolean(), classes.ToString());
    }
}
