using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Hosting;

/// <summary>
/// The graph's load as a hosted service (<see cref="GraphStartup"/>): its start ends when the graph is loaded, with the
/// whole graph; a failed load fails it with the loader's error; a shutdown during the load ends the wait.
/// </summary>
public sealed class GraphStartupTests : IDisposable
{
    private readonly ManualResetEventSlim _gate = new();

    public void Dispose()
    {
        _gate.Set();
        _gate.Dispose();
    }

    private static (GraphStartup Startup, EmbeddedGraphBackend Backend) StartupWith(IPolicyGraphLoader loader)
    {
        var backend = new EmbeddedGraphBackend();
        var workspace = new GraphWorkspace(loader, backend, new GraphBackendMode(LoadsSeeds: true), NameRegistry.Empty,
            Options.Create(new PolicyGraphWebOptions { SeedDirectory = Path.GetTempPath() }), new TestHostEnvironment(),
            NullLogger<GraphWorkspace>.Instance);
        return (new GraphStartup(() => workspace), backend);
    }

    [Fact]
    public async Task The_start_waits_for_the_gated_load_and_ends_with_the_whole_graph()
    {
        var (startup, backend) = StartupWith(new Loader(() => { _gate.Wait(); return SampleGraph.Build(); }));

        var start = startup.StartAsync(CancellationToken.None);
        var beforeGate = start.IsCompleted;
        _gate.Set();
        await start;

        Assert.False(beforeGate);
        var expected = SampleGraph.Build();
        Assert.Equal((expected.Nodes.Count, expected.Relationships.Count), (backend.CountCommitted().Nodes, backend.CountCommitted().Relationships));
    }

    [Fact]
    public async Task A_failed_load_fails_the_start_with_the_loader_error()
    {
        var (startup, _) = StartupWith(new Loader(() => throw new InvalidDataException("seeds/bad.txt:3: unreadable")));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => startup.StartAsync(CancellationToken.None));

        Assert.Equal("seeds/bad.txt:3: unreadable", error.Message);
    }

    [Fact]
    public async Task A_shutdown_during_the_load_ends_the_start()
    {
        var (startup, _) = StartupWith(new Loader(() => { _gate.Wait(); return SampleGraph.Build(); }));
        using var shutdown = new CancellationTokenSource();

        var start = startup.StartAsync(shutdown.Token);
        await shutdown.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => start);
    }

    /// <summary>The host resolves hosted services before it starts any: making this one must not make the workspace (which waits for the store).</summary>
    [Fact]
    public async Task The_workspace_is_made_when_the_start_begins_and_one_that_cannot_be_made_fails_the_start()
    {
        var made = 0;
        var startup = new GraphStartup(() =>
        {
            Interlocked.Increment(ref made);
            throw new InvalidDataException("store /data: damaged");
        });
        var madeBeforeStart = Volatile.Read(ref made);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => startup.StartAsync(CancellationToken.None));

        Assert.Equal(0, madeBeforeStart);
        Assert.Equal(1, made);
        Assert.Equal("store /data: damaged", error.Message);
    }

    private sealed class Loader(Func<PropertyGraph> load) : IPolicyGraphLoader
    {
        public GraphLoadResult Load(string directory) => new(load(), []);

        public IReadOnlyList<string> ReadSourceLines(string path) => [];
    }
}
