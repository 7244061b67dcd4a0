using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>Opening the page the way a user does, and the waits and screenshots the browser tests share.</summary>
internal static class PageHelpers
{
    /// <summary>Opens a page and waits until the app says it is ready; any console error or page error fails the test.</summary>
    public static async Task<IPage> OpenAsync(BrowserAppFixture app, string path, int width = 1600, int height = 1000)
    {
        var page = await app.NewPageAsync(width, height);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Empty(problems);
        return page;
    }

    /// <summary>Replaces the console editor's text as a user would: select all, then type (CodeMirror, in its shadow root).</summary>
    public static async Task SetQueryAsync(IPage page, string query)
    {
        var editor = page.Locator("#console .cm-content");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(query);
    }

    /// <summary>Waits until the graph shows nodes.</summary>
    public static Task WaitForGraphAsync(IPage page) => page.WaitForFunctionAsync("() => cy.nodes().length > 0");

    public static async Task ScreenshotAsync(IPage page, ITestOutputHelper output, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"policygraph-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>The number of nodes of the default <see cref="LatticeElements"/> (40 × 40).</summary>
    public const int LatticeNodes = 40 * 40;

    /// <summary>
    /// A script returning a positioned <paramref name="side"/>² lattice as Cytoscape JSON: nodes <c>n{i}</c> named
    /// <c>m{i}</c>, <paramref name="spacing"/> units apart (wide enough to fit below the level-of-detail zoom), each linked
    /// to its right neighbour (<c>r{i}</c>) and, on every <paramref name="downEveryRows"/>th row, to the node below
    /// (<c>d{i}</c>), all CITES; Measure nodes, or Measure and Agency in turn when <paramref name="mixedLabels"/>.
    /// </summary>
    public static string LatticeElements(int spacing = 100, int downEveryRows = 1, bool mixedLabels = false, int side = 40) => $$"""
        () => {
          const side = {{side}}, nodes = [], edges = [];
          for (let i = 0; i < side * side; i++) {
            const [x, y] = [i % side, Math.floor(i / side)];
            const label = {{(mixedLabels ? "true" : "false")}} && i % 2 ? 'Agency' : 'Measure';
            nodes.push({ data: { id: `n${i}`, label, name: `m${i}` }, position: { x: x * {{spacing}}, y: y * {{spacing}} } });
            if (x + 1 < side) edges.push({ data: { id: `r${i}`, source: `n${i}`, target: `n${i + 1}`, label: 'CITES' } });
            if (y % {{downEveryRows}} === 0 && y + 1 < side) edges.push({ data: { id: `d${i}`, source: `n${i}`, target: `n${i + side}`, label: 'CITES' } });
          }
          return { nodes, edges };
        }
        """;

    /// <summary>A script showing <see cref="LatticeElements"/> in the graph and returning its number of edges.</summary>
    public static string ShowLattice(int spacing = 100, int downEveryRows = 1, bool mixedLabels = false) =>
        $"() => {{ const lattice = ({LatticeElements(spacing, downEveryRows, mixedLabels)})(); policyGraph.graph.show(lattice); return lattice.edges.length; }}";

    /// <summary>
    /// A script returning where the page draws the centre of lattice node <c>n{index}</c> ({ x, y } in page CSS pixels),
    /// from where <see cref="LatticeElements"/> placed it and the viewport (not from the positions the app keeps).
    /// </summary>
    public static string PagePointOf(int index, int spacing, int side = 40) => $$"""
        () => { const box = cy.container().getBoundingClientRect(), p = { x: {{index % side * spacing}}, y: {{index / side * spacing}} };
          return { x: box.left + p.x * cy.zoom() + cy.pan().x, y: box.top + p.y * cy.zoom() + cy.pan().y }; }
        """;

    /// <summary>
    /// A script counting the nodes whose centre lies in the viewport (<c>cy.extent()</c>) and that neither Cytoscape
    /// draws (in it and visible) nor the overview canvas (among its points); hidden and filtered nodes are meant to be
    /// undrawn and not counted. Returns { inView, undrawn, sample } (a few undrawn ids).
    /// </summary>
    public const string UndrawnInViewport = """
        () => { const graph = policyGraph.graph, e = cy.extent(), overview = new Set(graph.lod.overview.points?.ids ?? []);
          const inside = (p) => p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
          const meantHidden = (n) => n.nonempty() && (n.hasClass('hidden') || n.hasClass('filtered'));
          const drawn = (id) => { const n = cy.getElementById(id); return overview.has(id) || (n.nonempty() && n.visible()); };
          const inView = Object.entries(graph.positionsSnapshot()).filter(([id, p]) => inside(p) && !meantHidden(cy.getElementById(id)));
          const undrawn = inView.filter(([id]) => !drawn(id)).map(([id]) => id);
          return { inView: inView.length, undrawn: undrawn.length, sample: undrawn.slice(0, 5) }; }
        """;

    /// <summary>Whether a held view zoomed in is done putting what is near the viewport into Cytoscape (a slice per frame).</summary>
    public const string DoneRevealing = "() => !policyGraph.graph.lod.revealing";

    /// <summary>A double-quoted literal valid in JavaScript and in CSS attribute selectors (ids hold CJK text).</summary>
    public static string JsString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
