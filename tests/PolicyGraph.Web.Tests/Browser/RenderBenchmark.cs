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
          await frame(); await frame();
          const firstFrame = performance.now() - started;
          const layoutDone = await Promise.race([settled, new Promise(resolve => setTimeout(() => resolve(null), 120000))]);
          let frames = 0;
          const panStart = performance.now();
          while (performance.now() - panStart < 3000) {
            const centre = { x: cy.width() / 2, y: cy.height() / 2 };
            cy.panBy({ x: 4, y: 3 });
            cy.zoom({ level: cy.zoom() * (frames % 40 < 20 ? 1.01 : 0.99), renderedPosition: centre });
            await frame();
            frames++;
          }
          const fps = frames / ((performance.now() - panStart) / 1000);
          return { firstFrame, layout: layoutDone === null ? -1 : layoutDone - started, fps,
            webgl: graph.webgl, nodes: cy.nodes().length, edges: cy.edges().length };
        }
        """;

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
                + $"pan/zoom {result.GetProperty("fps").GetDouble():0.0} fps, renderer {(result.GetProperty("webgl").GetBoolean() ? "webgl" : "canvas")}");
            Assert.True(result.GetProperty("nodes").GetInt32() > 0, "nothing was drawn");
            await context.CloseAsync();
        }
    }
}
