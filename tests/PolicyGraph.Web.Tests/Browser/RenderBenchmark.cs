using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Tests.Support;
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
/// Prints, for the whole seed graph (as GET /api/graph serves it, positioned by the server's layout) and for a
/// synthetic 5,000-node / 20,000-edge view (positioned by the same layout, timed here): time to the first frame
/// (drawn as a link or Back draws it, two animation frames painted) and where it went, then frames presented per second during
/// three seconds of scripted pan and zoom input: as the app chooses, then the 5k/20k view forced onto WebGL; the 5k/20k
/// runs once zoomed out with aggregated edges (the app's level of detail) and once with it off (every edge drawn); each
/// line says which. All of it in both GPU-less modes of Chromium (<see cref="Modes"/>). Figures are printed, never
/// judged (they depend on the machine).
/// </summary>
public class RenderBenchmark(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    private const double GestureSeconds = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    // Chooses the renderer and level of detail for the next view.
    private const string Configure = """
        ({ renderer, levelOfDetail }) => {
          const graph = policyGraph.graph;
          // Off: every edge is drawn whatever the zoom, so the cost of drawing all of them is measured too.
          graph.lod.enabled = levelOfDetail;
          // "auto": the app's own choice; "canvas" and "webgl" force one renderer for views of 1,500+ nodes.
          if (renderer === 'canvas') graph.rendererChoice = { ...graph.rendererChoice, webglFromNodes: Infinity };
          if (renderer === 'webgl') graph.rendererChoice = { ...graph.rendererChoice, allowSoftwareGl: true };
        }
        """;

    /// <summary>
    /// Draws the whole graph (GET /api/graph; the synthetic view is served in its place) the way the page draws a link
    /// or Back (policyGraph.applyState): every step after show() is in the time.
    /// </summary>
    private const string FirstFrame = """
        async () => {
          const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
          const graph = policyGraph.graph;
          const settled = new Promise(resolve => graph.addEventListener('layout', () => resolve(performance.now()), { once: true }));
          performance.clearResourceTimings();
          const started = performance.now();
          await policyGraph.applyState({ whole: true });
          const applied = performance.now() - started;
          // A view the server did not place is laid out by the worker after the first frame (both views here are large).
          const laidOutHere = graph.layoutRunning;
          await frame(); await frame();
          const firstFrame = performance.now() - started;
          const fetchMs = performance.getEntriesByType('resource').filter(e => e.name.endsWith('/api/graph')).at(-1)?.duration ?? 0;
          const timings = { ...graph.timings, 'after show': applied - fetchMs - Object.values(graph.timings).reduce((a, b) => a + b, 0), paint: firstFrame - applied };
          const layoutDone = graph.layoutRunning
            ? await Promise.race([settled, new Promise(resolve => setTimeout(() => resolve(null), 120000))]) : performance.now();
          return { firstFrame, fetchMs, layout: layoutDone === null ? -1 : layoutDone - started,
            positioned: !laidOutHere,
            timings: Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '),
            webgl: graph.webgl, glRenderer: graph.graphics.glRenderer || 'none',
            options: `textureOnViewport ${cy.renderer().textureOnViewport}, hideEdgesOnViewport ${cy.renderer().hideEdgesOnViewport}, `
              + `pixelRatio ${cy.renderer().getPixelRatio()}, motionBlur ${cy.renderer().motionBlurEnabled}`,
            nodes: graph.counts().totalNodes, edges: graph.counts().edges, zoom: cy.zoom(), lod: graph.lod.summary() };
        }
        """;

    /// <summary>
    /// How much of the canvas the fitted view's nodes cover: the share of 40 px cells holding a node centre, and the area
    /// of the box around the 2nd–98th percentile of positions (each axis) as a share of the box around all of them
    /// (small when a few outlying nodes stretch the fit).
    /// </summary>
    private const string CanvasCover = """
        () => {
          const points = Object.values(policyGraph.graph.positionsSnapshot()), zoom = cy.zoom(), pan = cy.pan(), cell = 40;
          const cells = new Set(points.map(p => `${Math.floor((p.x * zoom + pan.x) / cell)},${Math.floor((p.y * zoom + pan.y) / cell)}`));
          const share = cells.size / (Math.ceil(cy.width() / cell) * Math.ceil(cy.height() / cell));
          const axis = (key) => { const v = points.map(p => p[key]).sort((a, b) => a - b), at = (q) => v[Math.floor(q * (v.length - 1))];
            return { all: v.at(-1) - v[0], middle: at(0.98) - at(0.02) }; };
          const [x, y] = [axis('x'), axis('y')];
          return { cells: share, middleBox: (x.middle * y.middle) / Math.max(1, x.all * y.all) };
        }
        """;

    /// <summary>
    /// The view drawn afresh (untimed), then one step timed to the second animation frame after it: "zoom" zooms in to
    /// 100 % (past the level-of-detail zoom) and restyles as the pause after a zoom gesture does (that pause itself is
    /// not in the time), "select" selects an edge held out of Cytoscape, "show" draws the same view again as a second
    /// view (the first kept for undo), "pan" (zoomed in to 100 % untimed, all near the viewport in Cytoscape) pans one
    /// viewport width in one step and counts the nodes in the new viewport that nothing drew (<see
    /// cref="PageHelpers.UndrawnInViewport"/>). Returns how many edges were held before the step, and for a zoomed-in
    /// view how long until the held nodes near the viewport were in Cytoscape (a slice per frame) and the longest frame.
    /// </summary>
    private static readonly string TimedStep = """
        async (step) => {
          const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
          const graph = policyGraph.graph;
          await policyGraph.applyState({ whole: true });
          await frame(); await frame();
          const held = graph.lod.heldCount, edgeId = graph.lod.edgeJsons()[0]?.data.id ?? graph.realEdges().first().id();
          const inCytoscape = () => `${graph.realNodes().length} nodes and ${graph.realEdges().length} edges in Cytoscape after`;
          const second = step === 'show' ? await (await fetch('/api/graph')).json() : null;
          const zoomIn = () => { cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); graph.restyleLabels(); };
          // Until the held nodes near the viewport are in Cytoscape: frames waited and the longest one.
          const revealed = async () => { let longest = 0, last = performance.now();
            while (graph.lod.revealing) { await frame(); longest = Math.max(longest, performance.now() - last); last = performance.now(); }
            return longest; };
          let undrawn = null;
          // The pan itself and the count of what it left undrawn are not in the time (the count styles every node in view).
          if (step === 'pan') { zoomIn(); await revealed(); cy.panBy({ x: -cy.width(), y: 0 }); undrawn = (UNDRAWN)(); }
          const started = performance.now();
          if (step === 'zoom') zoomIn();
          if (step === 'select') graph.select(edgeId);
          if (step === 'show') graph.show(second);
          if (step === 'pan') graph.lod.revealNear();
          await frame(); await frame();
          const ms = performance.now() - started;
          const longest = await revealed();
          return { ms, held, after: inCytoscape(), revealedMs: performance.now() - started, longest, undrawn };
        }
        """.Replace("UNDRAWN", PageHelpers.UndrawnInViewport);

    /// <summary>
    /// Counts the frames presented with a new viewport while input arrives: each animation frame compares the viewport
    /// with the previous frame's. Cytoscape draws in its own animation frame, so a slow draw shows as fewer frames.
    /// </summary>
    private const string StartCounting = """
        () => {
          const viewport = () => `${cy.zoom()} ${cy.pan().x} ${cy.pan().y}`;
          const stats = { presented: 0, frames: 0, longest: 0, started: performance.now(), running: true };
          let last = viewport(), lastTime = performance.now();
          const tick = () => {
            if (!stats.running) return;
            const now = performance.now(), current = viewport();
            stats.longest = Math.max(stats.longest, now - lastTime);
            if (current !== last) stats.presented++;
            stats.frames++;
            last = current; lastTime = now;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          window.frameStats = stats;
        }
        """;

    private const string StopCounting = """
        () => { frameStats.running = false; const s = (performance.now() - frameStats.started) / 1000;
          return { fps: frameStats.presented / s, frames: frameStats.frames / s, longest: frameStats.longest }; }
        """;

    /// <summary>
    /// Scripted input in the page, one event per animation frame (as a mouse or trackpad delivers them): half a second
    /// of drag-pan (mousedown on empty canvas, mousemoves, mouseup), then half a second of wheel zoom, alternating.
    /// The events are dispatched by script (isTrusted false), not sent by the browser's input pipeline: they go
    /// through Cytoscape's own gesture handling, so its preview texture acts as it does for a user, but the cost of
    /// the browser's own input handling is not in the figures.
    /// </summary>
    private const string ScriptedGestures = """
        async (seconds) => {
          const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
          const box = cy.container().getBoundingClientRect();
          // A point over empty canvas: a press on a node would drag the node instead of panning. Known empty from the
          // node positions (no picking query, which is costly on WebGL): no node centre within 30 px.
          // Every node's position, also of nodes held outside Cytoscape (drawn by the overview canvas).
          const positions = Object.values(policyGraph.graph.positionsSnapshot());
          const clear = (x, y) => {
            const zoom = cy.zoom(), pan = cy.pan(), reach = 30 / zoom;
            const mx = (x - box.left - pan.x) / zoom, my = (y - box.top - pan.y) / zoom;
            return !positions.some(p => Math.abs(p.x - mx) < reach && Math.abs(p.y - my) < reach);
          };
          const empty = () => {
            for (let i = 0; i < 200; i++) {
              const x = box.left + 12 + (box.width - 24) * ((i * 37) % 100) / 100, y = box.top + 12 + (box.height - 24) * ((i * 61) % 100) / 100;
              if (clear(x, y)) return { x, y };
            }
            return { x: box.left + 2, y: box.top + 2 };
          };
          const mouse = (type, x, y, target) => target.dispatchEvent(new MouseEvent(type,
            { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
          const started = performance.now();
          let dragging = null, step = 0;
          while (performance.now() - started < seconds * 1000) {
            const panning = Math.floor((performance.now() - started) / 500) % 2 === 0;
            if (panning && !dragging) {
              const at = empty();
              dragging = { ...at, target: document.elementFromPoint(at.x, at.y) };
              mouse('mousedown', at.x, at.y, dragging.target);
            }
            if (panning) {
              dragging.x += step % 20 < 10 ? 6 : -6; dragging.y += 4 * (step % 2 ? 1 : -1) + 1;
              mouse('mousemove', dragging.x, dragging.y, dragging.target);
            } else {
              if (dragging) { mouse('mouseup', dragging.x, dragging.y, dragging.target); dragging = null; }
              const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
              document.elementFromPoint(centre.x, centre.y).dispatchEvent(new WheelEvent('wheel',
                { deltaY: step % 30 < 15 ? -40 : 40, deltaMode: 0, clientX: centre.x, clientY: centre.y, bubbles: true, cancelable: true }));
            }
            step++;
            await frame();
          }
          if (dragging) mouse('mouseup', dragging.x, dragging.y, dragging.target);
        }
        """;

    /// <summary>
    /// The two ways headless Chromium draws on a machine without a GPU: its own defaults (WebGL unavailable, canvas
    /// rasterised by Skia on the CPU) and SwiftShader forced on (WebGL2 rasterised in software).
    /// </summary>
    private static readonly (string Name, string[] Flags)[] Modes =
    [
        ("Chromium defaults (no GPU)", ["--no-sandbox"]),
        ("SwiftShader WebGL", ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"]),
    ];

    [BenchmarkFact]
    public async Task Render_whole_seed_graph_and_a_synthetic_5k_20k_view()
    {
        using var playwright = await Playwright.CreateAsync();
        // The server lays the whole graph out once and keeps it: warm it, as a running server is.
        await app.Api.GetAsync("/api/graph");
        var synthetic = SyntheticJson(5_000, 20_000);
        // A bundle built by hand with --no-minify (for readable profiles) is slower than what ships: say which was measured.
        var modeFile = Path.Combine(RepositoryPaths.WebProject, "wwwroot", "dist", "bundle-mode.txt");
        output.WriteLine($"render: bundle mode {(File.Exists(modeFile) ? File.ReadAllText(modeFile).Trim() : "unknown (no bundle-mode.txt)")}");
        foreach (var (mode, flags) in Modes)
        {
            output.WriteLine($"render: mode {mode}: chromium {string.Join(' ', flags)}");
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.ChromiumPath,
                Headless = true,
                Args = flags,
            });
            // The app's own choice for both views (canvas in both GPU-less modes: WebGL is never chosen on a software
            // GL), then the 5k/20k view forced onto WebGL; the 5k/20k view also with the level of detail off, so every
            // one of its 20,000 edges is drawn at the fitted zoom.
            foreach (var (name, elements, renderer, levelOfDetail) in new[]
                     { ("whole seed graph", (string?)null, "auto", true), ("synthetic 5k/20k", synthetic, "auto", true),
                       ("synthetic 5k/20k", synthetic, "auto", false), ("synthetic 5k/20k", synthetic, "webgl", true),
                       ("synthetic 5k/20k", synthetic, "webgl", false) })
                await MeasureAsync(browser, $"{mode}: {name}", elements, renderer, levelOfDetail);
        }
    }

    // PG_WEB_BENCH_ONLY=<regex>: only the runs whose name ("<mode>: <view> <renderer>[ no-lod]") it matches.
    private static readonly string? OnlyRuns = Environment.GetEnvironmentVariable("PG_WEB_BENCH_ONLY");

    private async Task MeasureAsync(IBrowser browser, string name, string? elements, string renderer, bool levelOfDetail)
    {
        var run = $"{name} {renderer}{(levelOfDetail ? "" : " no-lod")}";
        if (!string.IsNullOrEmpty(OnlyRuns) && !Regex.IsMatch(run, OnlyRuns))
            return;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(180_000);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        if (renderer == "webgl" && !await page.EvaluateAsync<bool>("() => policyGraph.graph.graphics.webgl2"))
        {
            output.WriteLine($"render: {name} (asked webgl): this mode has no WebGL2");
            await context.CloseAsync();
            return;
        }
        // The synthetic view is served by the server as the whole graph, so the page draws it as it draws any link.
        app.WholeGraphBody = elements is null ? null : System.Text.Encoding.UTF8.GetBytes(elements);
        try
        {
            await MeasureDrawnAsync(page, name, renderer, levelOfDetail, run);
        }
        finally
        {
            app.WholeGraphBody = null;
            await context.CloseAsync();
        }
    }

    /// <summary>The first frame, the gestures and the steps after, on a page whose whole graph is the view measured.</summary>
    private async Task MeasureDrawnAsync(IPage page, string name, string renderer, bool levelOfDetail, string run)
    {
        await page.EvaluateAsync(Configure, new { renderer, levelOfDetail });
        var profiler = await StartProfilerAsync(page);
        var result = await page.EvaluateAsync<JsonElement>(FirstFrame);
        await StopProfilerAsync(profiler, $"{run} first frame");
        Assert.True(result.GetProperty("nodes").GetInt32() > 0, "nothing was drawn");
        var drawnBy = result.GetProperty("webgl").GetBoolean() ? "webgl" : "canvas";
        var drawing = Drawing(result);
        output.WriteLine($"render: {name} (asked {renderer}, drawn by {drawnBy}; GL {result.GetProperty("glRenderer").GetString()}; "
            + $"{result.GetProperty("options").GetString()}): {result.GetProperty("nodes").GetInt32()} nodes, {result.GetProperty("edges").GetInt32()} edges, "
            + $"{drawing}, positioned by the server: {result.GetProperty("positioned").GetBoolean()}, fetch {result.GetProperty("fetchMs").GetDouble():0} ms, "
            + $"first frame {result.GetProperty("firstFrame").GetDouble():0} ms, layout in place {result.GetProperty("layout").GetDouble():0} ms; "
            + $"before the first frame (ms): {result.GetProperty("timings").GetString()}");
        var cover = await page.EvaluateAsync<JsonElement>(CanvasCover);
        output.WriteLine($"render: {name} (asked {renderer}): the fitted view's node centres fall in {cover.GetProperty("cells").GetDouble():P0} of the canvas's 40 px cells; "
            + $"the box of the 2nd–98th percentile of positions is {cover.GetProperty("middleBox").GetDouble():P0} of the box of all");
        await page.EvaluateAsync(StartCounting);
        profiler = await StartProfilerAsync(page);
        await page.EvaluateAsync(ScriptedGestures, GestureSeconds);
        await StopProfilerAsync(profiler, $"{run} gestures");
        output.WriteLine($"render: {name} (asked {renderer}, drawn by {drawnBy}; {Label(result)}): scripted drag-pan and wheel-zoom, {GestureSeconds:0} s: "
            + Frames(await page.EvaluateAsync<JsonElement>(StopCounting)));
        await MeasureStepsAsync(page, name, renderer, drawnBy);
    }

    /// <summary>
    /// What the first frame leaves for later, each timed on the view drawn afresh: zooming in past the level-of-detail
    /// zoom, selecting a held edge, SVG export (click to download) and a second view.
    /// </summary>
    private async Task MeasureStepsAsync(IPage page, string name, string renderer, string drawnBy)
    {
        var steps = new List<string>();
        foreach (var step in new[] { "zoom", "pan", "select", "show" })
        {
            var timed = await page.EvaluateAsync<JsonElement>(TimedStep, step);
            var undrawn = timed.GetProperty("undrawn") is { ValueKind: JsonValueKind.Object } u
                ? $"{u.GetProperty("undrawn").GetInt32()} of {u.GetProperty("inView").GetInt32()} nodes in the viewport undrawn at once, " : "";
            steps.Add($"{step} {timed.GetProperty("ms").GetDouble():0} ms ({undrawn}{timed.GetProperty("held").GetInt32()} edges held before, "
                + $"{timed.GetProperty("after").GetString()}, all near the viewport in Cytoscape after {timed.GetProperty("revealedMs").GetDouble():0} ms, "
                + $"longest frame meanwhile {timed.GetProperty("longest").GetDouble():0} ms)");
        }
        await page.EvaluateAsync(TimedStep, "none");
        var clock = Stopwatch.StartNew();
        await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-command=svg]"), new PageRunAndWaitForDownloadOptions { Timeout = 600_000 });
        steps.Add($"svg export {clock.ElapsedMilliseconds} ms");
        output.WriteLine($"render: {name} (asked {renderer}, drawn by {drawnBy}): after the first frame, to the second animation frame: {string.Join(", ", steps)}");
    }

    // PG_WEB_BENCH_PROFILE=<folder>: Chrome DevTools CPU profiles (.cpuprofile) of each first frame and gesture run.
    private static readonly string? ProfileFolder = Environment.GetEnvironmentVariable("PG_WEB_BENCH_PROFILE");

    private static async Task<ICDPSession?> StartProfilerAsync(IPage page)
    {
        if (string.IsNullOrEmpty(ProfileFolder))
            return null;
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Profiler.enable");
        await session.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 500 });
        await session.SendAsync("Profiler.start");
        return session;
    }

    private async Task StopProfilerAsync(ICDPSession? session, string name)
    {
        if (session is null)
            return;
        var result = await session.SendAsync("Profiler.stop");
        Directory.CreateDirectory(ProfileFolder!);
        var path = Path.Combine(ProfileFolder!, name.Replace(' ', '-').Replace('/', '-') + ".cpuprofile");
        await File.WriteAllTextAsync(path, result!.Value.GetProperty("profile").GetRawText());
        output.WriteLine($"render: profile written to {path}");
    }

    /// <summary>What the first frame drew: the zoom, and the level of detail's stand-ins in place of edges.</summary>
    private static string Drawing(JsonElement result)
    {
        var lod = result.GetProperty("lod");
        var zoom = $"zoom {result.GetProperty("zoom").GetDouble():0.00}";
        if (!lod.GetProperty("active").GetBoolean())
            return $"{zoom}, {Label(result)}";
        return $"{zoom}, {Label(result)}: {lod.GetProperty("aggregates").GetInt32()} lines stand for {lod.GetProperty("between").GetInt32()} edges, "
            + $"{lod.GetProperty("cells").GetInt32()} shaded cells count {lod.GetProperty("inside").GetInt32()} edges inside them, "
            + $"{lod.GetProperty("folded").GetInt32()} edges not drawn one by one, {lod.GetProperty("overview").GetInt32()} nodes drawn by the overview canvas, "
            + $"{Count(lod, "heldNodes")} nodes and {Count(lod, "heldEdges")} edges held outside Cytoscape";
    }

    // A front end built before held nodes does not report them (the benchmark also runs against older bundles).
    private static string Count(JsonElement summary, string name) => summary.TryGetProperty(name, out var value) ? value.GetInt32().ToString() : "?";

    private static string Label(JsonElement result) =>
        result.GetProperty("lod").GetProperty("active").GetBoolean() ? "zoomed out, aggregated edges" : "every edge drawn";

    private static string Frames(JsonElement stats) =>
        $"{stats.GetProperty("fps").GetDouble():0.0} fps presented (animation frames {stats.GetProperty("frames").GetDouble():0.0}/s, longest {stats.GetProperty("longest").GetDouble():0} ms)";

    /// <summary>The synthetic view as the server would send it: positioned by the server's layout (timed here).</summary>
    private string SyntheticJson(int nodes, int edges)
    {
        var elements = SyntheticView.Elements(nodes, edges);
        var graph = LayoutGraph.From(elements);
        var clock = Stopwatch.StartNew();
        var points = ForceLayout.Compute(graph);
        output.WriteLine($"render: synthetic {nodes}/{edges}: server layout {clock.ElapsedMilliseconds} ms ({ForceLayout.Iterations(graph, ForceLayoutSettings.Default)} steps; once per view, then cached)");
        var byId = graph.Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => points[p.i], StringComparer.Ordinal);
        var positioned = elements with
        {
            Nodes = elements.Nodes.Select(n => n with { Position = new(byId[n.Data.Id].X, byId[n.Data.Id].Y) }).ToArray(),
        };
        return JsonSerializer.Serialize(positioned, Json);
    }
}
