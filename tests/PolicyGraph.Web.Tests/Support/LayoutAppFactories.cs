using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Layout;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// The sample app laying out no view (at most one node) on a backend that counts its reads; the whole graph prepared
/// in the background only when asked (otherwise only requests read the graph, and the test counts their reads).
/// </summary>
public sealed class NoLayoutCountingAppFactory(bool prepareWholeGraph = false) : SampleAppFactory
{
    public CountingBackend Backend { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PolicyGraph:Web:Layout:MaxNodes", "1");
        builder.UseSetting("PolicyGraph:Web:Layout:PrepareWholeGraph", prepareWholeGraph ? "true" : "false");
        builder.ConfigureServices(services => services.AddSingleton<IGraphBackend>(Backend));
    }
}

/// <summary>The sample app whose layouts the test holds (<see cref="HeldLayout"/>), requests not waiting for them.</summary>
public sealed class HeldLayoutAppFactory : SampleAppFactory
{
    public HeldLayout Layout { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton(
            new ServerLayout(new ServerLayoutOptions { Wait = TimeSpan.Zero }, NullLogger<ServerLayout>.Instance, Layout.Compute)));
    }
}

/// <summary>
/// The app on a store of its own, empty at start, that a writer key fills by upload, its layouts held by the test
/// (<see cref="HeldLayout"/>) and requests not waiting for them.
/// </summary>
public sealed class HeldLayoutStoreAppFactory : WebApplicationFactory<Program>
{
    public const string WriterKey = "writer-key-0123456789abcdef";

    private readonly string _root = Directory.CreateTempSubdirectory("policygraph-web-held-store-").FullName;

    public HeldLayout Layout { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryPaths.WebProject);
        builder.UseSetting("PolicyGraph:Web:SeedDirectory", Directory.CreateDirectory(Path.Combine(_root, "documents")).FullName);
        builder.UseSetting("PolicyGraph:Web:QueryDirectory", RepositoryPaths.Queries);
        builder.UseSetting("Graph:DataDirectory", Path.Combine(_root, "store"));
        builder.UseSetting("Graph:Writer", "true");
        builder.UseSetting("PolicyGraph:Web:ApiKeys:0:Key", WriterKey);
        builder.UseSetting("PolicyGraph:Web:ApiKeys:0:Role", "writer");
        builder.ConfigureServices(services => services.AddSingleton(
            new ServerLayout(new ServerLayoutOptions { Wait = TimeSpan.Zero }, NullLogger<ServerLayout>.Instance, Layout.Compute)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
