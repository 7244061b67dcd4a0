using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>A benchmark run by tools/web-bench/run.sh, not a test: skipped unless PG_WEB_BENCH=1.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PG_WEB_BENCH") != "1")
            Skip = "Benchmark: runs with PG_WEB_BENCH=1 (tools/web-bench/run.sh).";
        else if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
            Skip = $"{ChromiumFactAttribute.ChromiumPath} is not installed.";
    }
}

/// <summary>
/// Prints, for the whole seed graph and for a synthetic 5,000-node / 20,000-edge view: time to the first frame
/// (elements added, placed and painted), time until the worker's layout is in place, and frames per second while
/// panning and zooming for three seconds. Figures are printed, never judged (they depend on the machine).
/// Chromium runs with SwiftShader so WebGL2 exists without a GPU (the renderer used is printed).
/// </summary>
public class RenderBenchmark(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    private const string Measure = """
        async ({ synthetic, nodes, edges }) => {
          const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
          let elements;
          if (synthetic) {
            // A deterministic pseudo-random graph with the app's labels and relationship types.
            let seed = 42;
            const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
            const labels = ['Agency', 'Measure', 'Document', 'Section', 'Zone', 'Innovation'];
            const types = ['RESPONSIBLE_FOR', 'APPLIES_IN', 'CONTAINS', 'CITES'];
            elements = { nodes: [], edges: [] };
            for (let i = 0; i < nodes; i++)
              elements.nodes.push({ data: { id: 'n' + i, label: labels[i % labels.length], name: '节点' + i, props: {} } });
            for (let i = 0; i < edges; i++) {
              const source = Math.floor(random() * nodes), target = (source + 1 + Math.floor(random() * (nodes - 1))) % nodes;
              elements.edges.push({ data: { id: 'e' + i, source: 'n' + source, target: 'n' + target, label: types[i % types.length], props: {} } });
            }
          } else {
            elements = await (await fetch('/api/graph')).json();
          }
          const graph = policyGraph.graph;
          const settled = new Promise(resolve => graph.addEventListener('layout', () => resolve(performance.now()), { once: true }));
          const started = performance.now();
          graph.show(elements);
          const shown = performance.now() - started;
          await frame(); await frame();
          const firstFrame = performance.now() - started;
          const timings = { ...graph.timings, paint: firstFrame - shown };
          const layoutDone = await Promise.race([settled, new Promise(resolve => setTimeout(() => resolve(null), 120000))]);
          let frames = 0;
          // Cytoscape draws in its own animation frame: count its renders and the longest gap, besides our frames.
          let renders = 0, lastRender = performance.now(), longest = 0;
          const onRender = () => { const now = performance.now(); longest = Math.max(longest, now - lastRender); lastRender = now; renders++; };
          cy.on('render', onRender);
          const panStart = performance.now();
          while (performance.now() - panStart < 3000) {
            const centre = { x: cy.width() / 2, y: cy.height() / 2 };
            cy.panBy({ x: 4, y: 3 });
            cy.zoom({ level: cy.zoom() * (frames % 40 < 20 ? 1.01 : 0.99), renderedPosition: centre });
            await frame();
            frames++;
          }
          const seconds = (performance.now() - panStart) / 1000;
          cy.off('render', onRender);
          const fps = frames / seconds;
          return { firstFrame, layout: layoutDone === null ? -1 : layoutDone - started, fps, renders: renders / seconds, longest,
            timings: Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '),
            webgl: graph.webgl, nodes: cy.nodes().length, edges: cy.edges().length };
        }
        """;

    private const string CountRenders = """
        () => {
          const stats = { renders: 0, last: performance.now(), longest: 0, started: performance.now() };
          cy.on('render', () => { const now = performance.now(); stats.longest = Math.max(stats.longest, now - stats.last); stats.last = now; stats.renders++; });
          window.renderStats = stats;
        }
        """;

    /// <summary>
    /// Real input instead of programmatic viewport changes: mouse-wheel zoom steps and drag pans over the canvas for
    /// three seconds (what Cytoscape's gesture handling, its preview texture and the page's restyle debounce see),
    /// counting the frames Cytoscape renders.
    /// </summary>
    private static async Task<(double RendersPerSecond, double Longest)> GesturesAsync(IPage page)
    {
        var box = (await page.Locator("#graph").BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.EvaluateAsync(CountRenders);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var step = 0; clock.Elapsed < TimeSpan.FromSeconds(3); step++)
        {
            await page.Mouse.MoveAsync((float)x, (float)y);
            if (step % 2 == 0)
            {
                await page.Mouse.WheelAsync(0, step % 40 < 20 ? -60 : 60);
                continue;
            }
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync((float)(x + 30), (float)(y + 20), new MouseMoveOptions { Steps = 3 });
            await page.Mouse.UpAsync();
        }
        var stats = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            "() => ({ rate: renderStats.renders / ((performance.now() - renderStats.started) / 1000), longest: renderStats.longest })");
        return (stats.GetProperty("rate").GetDouble(), stats.GetProperty("longest").GetDouble());
    }

    [BenchmarkFact]
    public async Task Render_whole_seed_graph_and_a_synthetic_5k_20k_view()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
        });
        foreach (var (name, synthetic, nodes, edges) in new[] { ("whole seed graph", false, 0, 0), ("synthetic 5k/20k", true, 5000, 20000) })
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(180_000);
            await page.GotoAsync("/");
            await page.WaitForSelectorAsync("body[data-ready=true]");
            var result = await page.EvaluateAsync<System.Text.Json.JsonElement>(Measure, new { synthetic, nodes, edges });
            output.WriteLine($"render: {name}: {result.GetProperty("nodes").GetInt32()} nodes, {result.GetProperty("edges").GetInt32()} edges, "
                + $"first frame {result.GetProperty("firstFrame").GetDouble():0} ms, layout in place {result.GetProperty("layout").GetDouble():0} ms, "
                + $"pan/zoom {result.GetProperty("fps").GetDouble():0.0} fps ({result.GetProperty("renders").GetDouble():0.0} renders/s, longest frame {result.GetProperty("longest").GetDouble():0} ms), "
                + $"renderer {(result.GetProperty("webgl").GetBoolean() ? "webgl" : "canvas")}; before the first frame (ms): {result.GetProperty("timings").GetString()}");
            Assert.True(result.GetProperty("nodes").GetInt32() > 0, "nothing was drawn");
            var (renders, longest) = await GesturesAsync(page);
            output.WriteLine($"render: {name}: wheel zoom and drag pan as a user does them, 3 s: {renders:0.0} renders/s, longest frame {longest:0} ms");
            await context.CloseAsync();
        }
    }
}
