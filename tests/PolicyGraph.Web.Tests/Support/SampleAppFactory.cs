using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PolicyGraph.Core.Model;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// The real app (real endpoints, real embedded Cypher engine, real named queries) serving <see cref="SampleGraph"/>,
/// whose answers are known by construction. Only the loader is swapped: the graph comes from the test.
/// </summary>
public class SampleAppFactory : WebApplicationFactory<Program>
{
    private readonly string _seedDirectory = Directory.CreateTempSubdirectory("policygraph-web-tests-").FullName;

    /// <summary>Where this app keeps saved views: a folder of the test's own, never the user's app data.</summary>
    public string SavedViewDirectory => Path.Combine(_seedDirectory, "saved-views");

    protected virtual int MaxSavedViews => 200;

    /// <summary>The graph the app serves: <see cref="SampleGraph"/> unless a test needs more.</summary>
    protected virtual PropertyGraph Graph() => SampleGraph.Build();

    public SampleAppFactory()
    {
        foreach (var (name, text) in SampleGraph.SourceFiles)
            File.WriteAllText(Path.Combine(_seedDirectory, name), text);
    }

    protected virtual int ConsolePermits => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryPaths.WebProject);
        builder.UseSetting("PolicyGraph:Web:SeedDirectory", _seedDirectory);
        builder.UseSetting("PolicyGraph:Web:QueryDirectory", RepositoryPaths.Queries);
        builder.UseSetting("PolicyGraph:Web:ConsolePermitsPerWindow", ConsolePermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("PolicyGraph:Web:MaxQueryLength", "2000");
        builder.UseSetting("PolicyGraph:Web:MaxRows", "50");
        builder.UseSetting("PolicyGraph:Web:SavedViews:Directory", SavedViewDirectory);
        builder.UseSetting("PolicyGraph:Web:SavedViews:MaxCount", MaxSavedViews.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("PolicyGraph:Web:QueryTimeout", "00:00:01");
        // The engine's own 1 s timeout is what the tests see; the answer deadline must not cut a cold first query.
        builder.UseSetting("PolicyGraph:Web:ConsoleStopGrace", "00:01:00");
        // Views come laid out whatever the machine's load: no request gives up on its layout.
        builder.UseSetting("PolicyGraph:Web:Layout:Wait", "00:05:00");
        builder.ConfigureServices(services => services.AddSingleton<IPolicyGraphLoader>(new FixedGraphLoader(Graph())));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_seedDirectory))
            Directory.Delete(_seedDirectory, recursive: true);
    }

    /// <summary>Gives the sample graph; source lines are read by the app's real reader.</summary>
    private sealed class FixedGraphLoader(PropertyGraph graph) : IPolicyGraphLoader
    {
        public GraphLoadResult Load(string directory) => new(graph, [], Ingest.ConsistencyReport.Empty);

        public IReadOnlyList<string> ReadSourceLines(string path) => CorpusGraphLoader.ReadLines(path);
    }
}

/// <summary>The same app with a console budget of three queries per window, to see the rate limit act.</summary>
public sealed class TightRateLimitAppFactory : SampleAppFactory
{
    protected override int ConsolePermits => 3;
}

/// <summary>The same app keeping at most two saved views.</summary>
public sealed class TwoSavedViewsAppFactory : SampleAppFactory
{
    protected override int MaxSavedViews => 2;
}
