using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>
/// The product as a user gets it: the real app on Kestrel at 127.0.0.1 (a free port), loading the repository's
/// seed documents, and headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private SeedAppFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    /// <summary>
    /// When set, the server answers GET /api/graph with these bytes (JSON) instead of the seed graph, over its real
    /// HTTP pipeline as it serves a cached answer: the rendering benchmark's synthetic view arrives as a served view
    /// does. Intercepting the request in the browser instead (Playwright's route) passes the body through the
    /// DevTools protocol, which took over a second for 5,000 nodes and 20,000 edges.
    /// </summary>
    public byte[]? WholeGraphBody { get; set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
            return;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _factory = new SeedAppFactory(this);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        BaseAddress = new Uri(addresses.Addresses.First());
        Api = new HttpClient { BaseAddress = BaseAddress };
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page in a fresh browser context (no history, no storage), by default 1600×1000.</summary>
    public async Task<IPage> NewPageAsync(int width = 1600, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        Api?.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
    }

    /// <summary>The app with its default configuration: seeds from the repository, named queries from cypher/queries.</summary>
    private sealed class SeedAppFactory(BrowserAppFixture fixture) : WebApplicationFactory<Program>
    {
        // Saved views go to a folder of this run's own, never the user's app data.
        private readonly string _savedViews = Directory.CreateTempSubdirectory("policygraph-browser-views-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(RepositoryPaths.WebProject);
            builder.UseSetting("PolicyGraph:Web:SavedViews:Directory", _savedViews);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new WholeGraphOverride(fixture)));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(_savedViews))
                Directory.Delete(_savedViews, recursive: true);
        }
    }

    /// <summary>
    /// Serves <see cref="WholeGraphBody"/> for GET /api/graph while it is set: a startup filter, so through Kestrel and
    /// the test server but ahead of the app's own middleware.
    /// </summary>
    private sealed class WholeGraphOverride(BrowserAppFixture fixture) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextStep) =>
            {
                if (fixture.WholeGraphBody is not { } body || !HttpMethods.IsGet(context.Request.Method) || context.Request.Path != "/api/graph")
                {
                    await nextStep(context);
                    return;
                }
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            });
            next(app);
        };
    }
}
