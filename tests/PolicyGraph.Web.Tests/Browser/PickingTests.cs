using System.Text.Json;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>
/// instance.js stops Cytoscape from picking the element under the pointer while the viewport moves: with real mouse
/// input, a hover after a wheel zoom and a click after a drag pan still find the node under the pointer.
/// </summary>
public class PickingTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    // Nine nodes on a 3×3 grid, each linked to its right neighbour: a small view (hover dims the rest).
    private const string ShowGrid = """
        () => {
          const nodes = [], edges = [];
          for (let i = 0; i < 9; i++) {
            nodes.push({ data: { id: `p${i}`, label: 'Measure', name: `p${i}` }, position: { x: (i % 3) * 240, y: Math.floor(i / 3) * 240 } });
            if (i % 3 < 2) edges.push({ data: { id: `e${i}`, source: `p${i}`, target: `p${i + 1}`, label: 'CITES' } });
          }
          policyGraph.graph.show({ nodes, edges });
        }
        """;

    private const string CentreOfP4 = """
        () => { const box = cy.container().getBoundingClientRect(), p = cy.$id('p4').renderedPosition();
          return { x: box.left + p.x, y: box.top + p.y, left: box.left, top: box.top }; }
        """;

    [ChromiumFact]
    public async Task A_hover_after_a_wheel_zoom_finds_the_node_under_the_pointer()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync(ShowGrid);
        var before = await page.EvaluateAsync<double>("() => cy.zoom()");
        var node = await page.EvaluateAsync<JsonElement>(CentreOfP4);
        await page.Mouse.MoveAsync(node.GetProperty("x").GetSingle(), node.GetProperty("y").GetSingle() + 120);
        for (var i = 0; i < 3; i++)
            await page.Mouse.WheelAsync(0, 120);
        await page.WaitForFunctionAsync($"() => cy.zoom() < {before.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        await page.WaitForTimeoutAsync(400); // the wheel gesture ends

        node = await page.EvaluateAsync<JsonElement>(CentreOfP4);
        await page.Mouse.MoveAsync(node.GetProperty("x").GetSingle(), node.GetProperty("y").GetSingle(), new() { Steps = 4 });

        await page.WaitForFunctionAsync("() => cy.$id('p0').hasClass('dimmed') && !cy.$id('p4').hasClass('dimmed')");
    }

    [ChromiumFact]
    public async Task A_click_after_a_drag_pan_selects_the_node_under_the_pointer()
    {
        var page = await OpenAsync(app, "/");
        await page.EvaluateAsync(ShowGrid);
        var node = await page.EvaluateAsync<JsonElement>(CentreOfP4);
        var pan = await page.EvaluateAsync<string>("() => JSON.stringify(cy.pan())");
        // A press in the fitted view's empty margin pans.
        var (x, y) = (node.GetProperty("left").GetSingle() + 10, node.GetProperty("top").GetSingle() + 10);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 80, y + 60, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        Assert.NotEqual(pan, await page.EvaluateAsync<string>("() => JSON.stringify(cy.pan())"));

        node = await page.EvaluateAsync<JsonElement>(CentreOfP4);
        await page.Mouse.ClickAsync(node.GetProperty("x").GetSingle(), node.GetProperty("y").GetSingle());

        await page.WaitForFunctionAsync("() => policyGraph.graph.selectedId() === 'p4'");
    }
}
