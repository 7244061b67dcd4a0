using System.Text.Json;
using System.Xml.Linq;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>
/// Large views (1,500+ nodes) zoomed out draw one edge per pair of grid cells instead of the real edges; a tap on one
/// zooms in where the real edges are drawn again; selecting a node still works; counts read the real elements.
/// </summary>
public class LargeViewTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    // 1,600 nodes 100 units apart, each linked to its right and lower neighbours (3,120 edges): too wide to fit at a zoom
    // where its edges are drawn one by one.
    private static readonly string ShowLattice = PageHelpers.ShowLattice();

    private const string Drawing = """
        () => ({ zoom: cy.zoom(), ...policyGraph.graph.lod.summary(), counted: policyGraph.graph.counts().edges,
          exported: policyGraph.graph.exportJson().edges.length, countedNodes: policyGraph.graph.counts().nodes,
          exportedNodes: policyGraph.graph.exportJson().nodes.length,
          legend: [...document.querySelectorAll('#legend .entry')].map(e => e.dataset.entry) })
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
        // No edge vanishes unmarked: each is counted by the line between its two cells or by the shaded cell holding both ends.
        Assert.True(outView.GetProperty("cells").GetInt32() > 0, outView.ToString());
        Assert.Equal(total, outView.GetProperty("between").GetInt32() + outView.GetProperty("inside").GetInt32());
        Assert.Equal(total, outView.GetProperty("counted").GetInt32());
        Assert.Equal(total, outView.GetProperty("exported").GetInt32());
        Assert.Equal(LatticeNodes, outView.GetProperty("countedNodes").GetInt32());
        Assert.Equal(LatticeNodes, outView.GetProperty("exportedNodes").GetInt32());
        Assert.Contains("lod-aggregate", outView.GetProperty("legend").EnumerateArray().Select(e => e.GetString()));

        // Emitted, not clicked: on this lattice every stand-in's middle lies within a few pixels of a node.
        var tapped = await page.EvaluateAsync<JsonElement>("""
            () => { const e = cy.edges('.lod-aggregate').max(e => e.data('count')).ele; e.emit('tap');
              return { members: e.data('members').length, zoom: cy.zoom(), animated: cy.animated() }; }
            """);
        try { await page.WaitForFunctionAsync("() => cy.elements('.lod').empty() && !cy.animated()"); }
        catch (TimeoutException) { Assert.Fail(tapped.ToString() + (await page.EvaluateAsync<JsonElement>(Drawing)).ToString()); }

        var inView = await page.EvaluateAsync<JsonElement>(Drawing);
        Assert.True(inView.GetProperty("zoom").GetDouble() >= 0.45);
        Assert.Equal(0, inView.GetProperty("folded").GetInt32());
        Assert.Equal(total, inView.GetProperty("counted").GetInt32());
        Assert.Equal(LatticeNodes, inView.GetProperty("countedNodes").GetInt32());
        Assert.Equal(LatticeNodes, inView.GetProperty("exportedNodes").GetInt32());
        Assert.DoesNotContain("lod-aggregate", inView.GetProperty("legend").EnumerateArray().Select(e => e.GetString()));
    }

    [ChromiumFact]
    public async Task A_zoomed_out_view_exports_its_real_edges_and_aggregates_again_after()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);
        await page.WaitForFunctionAsync("() => cy.edges('.lod-aggregate').nonempty()");
        var standInLegend = await page.Locator("#legend .entry[data-entry=lod-aggregate]").TextContentAsync();

        // Drawing 3,120 edges as SVG takes seconds, many more on a loaded machine than the page's 20 s default: the waits
        // (the click returns when the page has handled it, i.e. drawn the SVG) are about the download arriving at all,
        // not about how fast it does.
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.ClickAsync("[data-command=svg]", new Microsoft.Playwright.PageClickOptions { Timeout = 120_000 }),
            new Microsoft.Playwright.PageRunAndWaitForDownloadOptions { Timeout = 120_000 });

        var svg = XDocument.Load((await download.PathAsync())!);
        XNamespace ns = "http://www.w3.org/2000/svg";
        // An edge is a stroked, unfilled path; node shapes are filled. Stand-ins would be far fewer than the edges.
        var strokes = svg.Descendants(ns + "path").Count(p => (string?)p.Attribute("fill") == "none" && p.Attribute("stroke") is not null);
        Assert.True(strokes >= total, $"{strokes} stroked paths for {total} edges");
        // Its legend does not explain stand-ins the picture does not hold.
        Assert.DoesNotContain(standInLegend!.Trim(), svg.Descendants(ns + "text").Select(t => t.Value));
        Assert.True(await page.EvaluateAsync<bool>("() => cy.edges('.lod-aggregate').nonempty() && cy.edges('.lod-folded').nonempty()"));
    }

    [ChromiumFact]
    public async Task A_folded_edge_selected_is_drawn_and_moved_nodes_get_new_stand_ins()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        await page.WaitForFunctionAsync("() => cy.edges('.lod-aggregate').nonempty()");

        var selected = await page.EvaluateAsync<JsonElement>("""
            () => { policyGraph.graph.select('r5'); const e = cy.$id('r5');
              return { folded: e.hasClass('lod-folded'), visible: e.visible() }; }
            """);
        Assert.False(selected.GetProperty("folded").GetBoolean());
        Assert.True(selected.GetProperty("visible").GetBoolean());
        // The edge was held out of Cytoscape: selecting it took only the edge and its two ends in; the stand-ins stay as they were.
        var afterSelect = await page.EvaluateAsync<JsonElement>("""
            () => ({ aggregates: cy.edges('.lod-aggregate').length, ...policyGraph.graph.lod.summary() })
            """);
        Assert.True(afterSelect.GetProperty("aggregates").GetInt32() > 0, afterSelect.ToString());
        Assert.True(afterSelect.GetProperty("overview").GetInt32() > 0, afterSelect.ToString());

        // As Back does: every node placed from a snapshot, here 50,000 units to the right of where it was.
        var placed = await page.EvaluateAsync<JsonElement>("""
            () => { const graph = policyGraph.graph, snapshot = graph.positionsSnapshot(), before = cy.zoom();
              Object.values(snapshot).forEach(p => { p.x += 50000; });
              graph.placeAll(snapshot);
              const xs = cy.nodes('.lod-anchor').map(n => n.position('x'));
              return { zoomRatio: cy.zoom() / before, anchors: xs.length, leftmostAnchor: Math.min(...xs) }; }
            """);
        // Fitted to the same lattice as before (stand-ins of the old place would widen the box), and stand-ins made anew.
        Assert.InRange(placed.GetProperty("zoomRatio").GetDouble(), 0.9, 1.1);
        Assert.True(placed.GetProperty("anchors").GetInt32() > 0, placed.ToString());
        // The lattice's leftmost column was at x 0: moved, it is at 50,000, and no stand-in is left at the old place.
        Assert.True(placed.GetProperty("leftmostAnchor").GetDouble() >= 50_000 - 2000, placed.ToString());
    }

    [ChromiumFact]
    public async Task Hide_undo_and_filters_while_aggregated_leave_stand_ins_for_exactly_the_shown_edges_and_the_link_none()
    {
        var page = await OpenAsync(app, "/");
        // Nothing large shown yet: the browser's graphics are not probed before a view could use WebGL.
        Assert.True(await page.EvaluateAsync<bool>("() => policyGraph.graph.probedGraphics === null"));
        var total = await page.EvaluateAsync<int>(ShowLattice);
        await page.WaitForFunctionAsync("() => cy.edges('.lod-aggregate').nonempty()");
        Assert.True(await page.EvaluateAsync<bool>("() => policyGraph.graph.probedGraphics !== null"));
        const string standFor = "() => { const s = policyGraph.graph.lod.summary(); return s.between + s.inside; }";

        var hidden = await page.EvaluateAsync<int>("""
            () => { const graph = policyGraph.graph; graph.select('n820'); const edges = graph.counts().edges;
              graph.hideSelected(); return edges - graph.counts().edges; }
            """);
        // Its four lattice neighbours' edges go with it.
        Assert.Equal(4, hidden);
        Assert.Equal(total - hidden, await page.EvaluateAsync<int>(standFor));
        Assert.True(await page.EvaluateAsync<bool>("() => policyGraph.graph.undo()"));
        Assert.Equal(total, await page.EvaluateAsync<int>(standFor));

        await page.EvaluateAsync("() => policyGraph.graph.setFilters({ hiddenTypes: new Set(['CITES']) })");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => cy.elements('.lod').length"));
        await page.EvaluateAsync("() => policyGraph.graph.setFilters({ hiddenTypes: new Set() })");
        Assert.Equal(total, await page.EvaluateAsync<int>(standFor));

        var kept = await page.EvaluateAsync<JsonElement>("""
            () => ({ snapshot: Object.keys(policyGraph.graph.positionsSnapshot()), ids: policyGraph.graph.nodeIds(),
              state: JSON.stringify(policyGraph.graph.viewState()) })
            """);
        Assert.DoesNotContain(kept.GetProperty("snapshot").EnumerateArray(), id => id.GetString()!.StartsWith("lod:", StringComparison.Ordinal));
        Assert.DoesNotContain(kept.GetProperty("ids").EnumerateArray(), id => id.GetString()!.StartsWith("lod:", StringComparison.Ordinal));
        Assert.DoesNotContain("lod:", kept.GetProperty("state").GetString(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task A_view_that_switches_the_renderer_drops_the_worker_layout_of_the_view_before()
    {
        var page = await OpenAsync(app, "/");
        var state = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const graph = policyGraph.graph, nodes = [];
              // 300 nodes without positions: laid out by the worker after the first frame.
              for (let i = 0; i < 300; i++) nodes.push({ data: { id: `w${i}`, label: 'Measure', name: `w${i}` } });
              graph.show({ nodes, edges: [] });
              const asked = graph.layoutRunning && graph.background.pending !== null;
              // At once a large view (another renderer): the worker's answer would place nodes of the instance gone.
              ({{ShowLattice}})();
              return { asked, pending: graph.background.pending !== null, running: graph.layoutRunning };
            }
            """);
        Assert.True(state.GetProperty("asked").GetBoolean(), state.ToString());
        Assert.False(state.GetProperty("pending").GetBoolean(), state.ToString());
        Assert.False(state.GetProperty("running").GetBoolean(), state.ToString());
    }

    [ChromiumFact]
    public async Task Each_view_size_gets_its_renderer_options()
    {
        var page = await OpenAsync(app, "/");
        const string options = "() => ({ ...policyGraph.graph.renderer, nodes: policyGraph.graph.counts().nodes, gpu: policyGraph.graph.graphics.webgl2 && !policyGraph.graph.graphics.softwareGl })";
        const string showNodes = "(count) => policyGraph.graph.show({ nodes: [...Array(count).keys()].map(i => ({ data: { id: `s${i}`, label: 'Measure', name: `s${i}` }, position: { x: (i % 50) * 80, y: Math.floor(i / 50) * 80 } })), edges: [] })";

        await page.EvaluateAsync(showNodes, 20);
        var small = await page.EvaluateAsync<JsonElement>(options);
        await page.EvaluateAsync(showNodes, 300);
        var crowded = await page.EvaluateAsync<JsonElement>(options);
        await page.EvaluateAsync<int>(ShowLattice);
        var large = await page.EvaluateAsync<JsonElement>(options);

        Assert.False(small.GetProperty("webgl").GetBoolean() || small.GetProperty("textureOnViewport").GetBoolean() || small.GetProperty("hideEdgesOnViewport").GetBoolean(), small.ToString());
        Assert.True(crowded.GetProperty("textureOnViewport").GetBoolean(), crowded.ToString());
        Assert.False(crowded.GetProperty("webgl").GetBoolean() || crowded.GetProperty("hideEdgesOnViewport").GetBoolean(), crowded.ToString());
        Assert.True(large.GetProperty("hideEdgesOnViewport").GetBoolean(), large.ToString());
        // WebGL only on a GPU; the bitmap preview only where WebGL is not drawing.
        Assert.Equal(large.GetProperty("gpu").GetBoolean(), large.GetProperty("webgl").GetBoolean());
        Assert.Equal(!large.GetProperty("webgl").GetBoolean(), large.GetProperty("textureOnViewport").GetBoolean());
    }

    [ChromiumFact]
    public async Task A_click_on_a_node_of_a_large_zoomed_out_view_selects_it_and_shows_its_details()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync<int>(ShowLattice);
        await page.WaitForFunctionAsync("() => cy.edges('.lod-aggregate').nonempty()");

        var point = await page.EvaluateAsync<JsonElement>(PagePointOf(820, spacing: 100));
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        await page.WaitForFunctionAsync("() => policyGraph.graph.selectedId() === 'n820'");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('select') === 'n820'");
        Assert.Contains("m820", await page.Locator("#details").InnerTextAsync(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Redrawing_the_same_state_as_a_link_or_Back_does_keeps_edges_held_and_nodes_on_the_overview()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);
        // The steps applyState takes after drawing a view from a link or from history, none of them asking for edges.
        var state = await page.EvaluateAsync<JsonElement>("""
            () => { const graph = policyGraph.graph, snapshot = graph.positionsSnapshot();
              graph.setFilters({}); graph.applyViewState({}); graph.placeAll(snapshot);
              return { held: graph.lod.heldCount, inCytoscape: graph.realEdges().length, overview: graph.lod.summary().overview }; }
            """);
        Assert.Equal(total, state.GetProperty("held").GetInt32());
        Assert.Equal(0, state.GetProperty("inCytoscape").GetInt32());
        Assert.True(state.GetProperty("overview").GetInt32() > 0, state.ToString());
    }

    [ChromiumFact]
    public async Task Zoomed_in_on_a_held_view_Cytoscape_holds_what_is_near_the_viewport_and_a_pan_brings_in_more()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);
        // Every node in the viewport has all its lattice edges in Cytoscape (right, left, down, up where they exist).
        const string inCytoscape = """
            () => { const graph = policyGraph.graph, extent = cy.extent();
              const inView = graph.realNodes().filter(n => { const p = n.position(); return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2; });
              const degree = (i) => [i % 40 < 39, i % 40 > 0, i < 1560, i >= 40].filter(Boolean).length;
              return { nodes: graph.realNodes().length, inView: inView.length, held: graph.lod.heldNodeCount, edges: graph.counts().edges,
                lacking: inView.filter(n => n.connectedEdges().length !== degree(Number(n.id().slice(1)))).map(n => n.id()),
                corner: cy.$id('n0').nonempty(), farCorner: cy.$id('n1599').nonempty() }; }
            """;
        // Zoomed in on the top left corner, as a zoom gesture that pauses there leaves it.
        await page.EvaluateAsync("() => { cy.viewport({ zoom: 1, pan: { x: 50, y: 50 } }); policyGraph.graph.restyleLabels(); }");
        await page.WaitForFunctionAsync(DoneRevealing);
        var corner = await page.EvaluateAsync<JsonElement>(inCytoscape);
        Assert.True(corner.GetProperty("corner").GetBoolean(), corner.ToString());
        Assert.False(corner.GetProperty("farCorner").GetBoolean(), corner.ToString());
        Assert.InRange(corner.GetProperty("nodes").GetInt32(), corner.GetProperty("inView").GetInt32(), 1599);
        Assert.Equal(1600, corner.GetProperty("nodes").GetInt32() + corner.GetProperty("held").GetInt32());
        Assert.Empty(corner.GetProperty("lacking").EnumerateArray());
        Assert.Equal(total, corner.GetProperty("edges").GetInt32());

        // A pan to the far corner: once it pauses, what is near there goes into Cytoscape too.
        await page.EvaluateAsync("() => cy.pan({ x: cy.width() - 50 - 3900, y: cy.height() - 50 - 3900 })");
        await page.WaitForFunctionAsync("() => cy.$id('n1599').nonempty()");
        await page.WaitForFunctionAsync(DoneRevealing);
        var far = await page.EvaluateAsync<JsonElement>(inCytoscape);
        Assert.True(far.GetProperty("inView").GetInt32() > 0, far.ToString());
        Assert.Empty(far.GetProperty("lacking").EnumerateArray());
        Assert.Equal(total, far.GetProperty("edges").GetInt32());
    }

    [ChromiumFact]
    public async Task Hide_with_nothing_selected_keeps_the_edges_held()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);
        var held = await page.EvaluateAsync<int>("() => { policyGraph.graph.hideSelected(); return policyGraph.graph.lod.heldCount; }");
        Assert.Equal(total, held);
    }

    [ChromiumFact]
    public async Task Leaving_a_large_view_keeps_it_for_undo_without_putting_its_edges_in_Cytoscape()
    {
        var page = await OpenAsync(app, "/");
        var total = await page.EvaluateAsync<int>(ShowLattice);
        var left = await page.EvaluateAsync<JsonElement>("""
            () => { const graph = policyGraph.graph; let added = 0;
              cy.on('add', 'edge', () => { added++; });
              graph.show({ nodes: [{ data: { id: 'alone', label: 'Measure', name: 'alone' } }], edges: [] });
              const addedOnLeaving = added, snapshot = graph.undoStack.at(-1).snapshot;
              return { addedOnLeaving, kept: snapshot.filter(e => e.group === 'edges').length,
                withLodClasses: snapshot.filter(e => (e.classes ?? '').split(' ').some(c => c.startsWith('lod'))).length,
                undone: graph.undo(), edges: graph.counts().edges, held: graph.lod.heldCount, heldNodes: graph.lod.heldNodeCount,
                inCytoscape: graph.realEdges().length, aggregated: cy.edges('.lod-aggregate').nonempty() }; }
            """);
        Assert.Equal(0, left.GetProperty("addedOnLeaving").GetInt32());
        Assert.Equal(total, left.GetProperty("kept").GetInt32());
        Assert.Equal(0, left.GetProperty("withLodClasses").GetInt32());
        Assert.True(left.GetProperty("undone").GetBoolean());
        Assert.Equal(total, left.GetProperty("edges").GetInt32());
        // Undone, the large view is back where it was, zoomed out: held outside Cytoscape again, drawn by stand-ins.
        Assert.Equal(total, left.GetProperty("held").GetInt32());
        Assert.Equal(1600, left.GetProperty("heldNodes").GetInt32());
        Assert.Equal(0, left.GetProperty("inCytoscape").GetInt32());
        Assert.True(left.GetProperty("aggregated").GetBoolean(), left.ToString());
    }

    [ChromiumFact]
    public async Task A_large_view_with_an_edge_id_used_twice_is_drawn_as_Cytoscape_takes_it_with_nothing_held()
    {
        var page = await OpenAsync(app, "/");
        // Cytoscape keeps the first element of an id given twice in one add; held edges added later would clash.
        var drawn = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const lattice = ({{LatticeElements()}})();
              lattice.edges.push({ data: { ...lattice.edges[0].data } }, { data: { id: 'n5', source: 'n0', target: 'n1', label: 'CITES' } });
              policyGraph.graph.show(lattice);
              const held = policyGraph.graph.lod.heldCount;
              cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
              policyGraph.graph.restyleLabels();
              return { held, edges: policyGraph.graph.counts().edges, nodes: policyGraph.graph.counts().nodes, batching: cy.batching(), expected: lattice.edges.length - 2 };
            }
            """);
        Assert.Equal(0, drawn.GetProperty("held").GetInt32());
        Assert.Equal(drawn.GetProperty("expected").GetInt32(), drawn.GetProperty("edges").GetInt32());
        Assert.Equal(1600, drawn.GetProperty("nodes").GetInt32());
        Assert.False(drawn.GetProperty("batching").GetBoolean());
    }

    [ChromiumFact]
    public async Task A_large_view_with_an_edge_without_its_end_gets_Cytoscapes_error_and_the_next_view_draws()
    {
        var page = await OpenAsync(app, "/");
        var failure = await page.EvaluateAsync<string>($$"""
            () => {
              const lattice = ({{LatticeElements()}})();
              lattice.edges.push({ data: { id: 'loose', source: 'n0', target: 'nowhere', label: 'CITES' } });
              try { policyGraph.graph.show(lattice); return 'no error'; }
              catch (error) { return `${error.message} (batching ${cy.batching()})`; }
            }
            """);
        Assert.Contains("nonexistent target `nowhere`", failure, StringComparison.Ordinal);
        Assert.Contains("(batching false)", failure, StringComparison.Ordinal);

        var total = await page.EvaluateAsync<int>(ShowLattice);
        Assert.Equal(total, await page.EvaluateAsync<int>("() => policyGraph.graph.lod.heldCount"));
        Assert.True(await page.EvaluateAsync<bool>("() => cy.edges('.lod-aggregate').nonempty()"));
    }

    [ChromiumFact]
    public async Task A_view_sharing_nodes_and_edges_with_the_view_before_shows_all_of_its_elements()
    {
        var page = await OpenAsync(app, "/");
        var missing = await page.EvaluateAsync<JsonElement>("""
            () => {
              const node = (id) => ({ data: { id, label: 'Measure', name: id } });
              const edge = (id, source, target) => ({ data: { id, source, target, label: 'CITES' } });
              const graph = policyGraph.graph;
              graph.show({ nodes: [node('a'), node('b'), node('c')], edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')] });
              const b = { nodes: [node('b'), node('c'), node('d')], edges: [edge('bc', 'b', 'c'), edge('cd', 'c', 'd')] };
              graph.show(b);
              return [...b.nodes, ...b.edges].map(e => e.data.id).filter(id => cy.getElementById(id).empty());
            }
            """);
        Assert.Empty(missing.EnumerateArray());
        Assert.Equal(3, await page.EvaluateAsync<int>("() => cy.nodes().length"));
    }
}
