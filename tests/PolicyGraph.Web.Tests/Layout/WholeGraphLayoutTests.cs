using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Layout;

/// <summary>
/// The background layout's start and stop (<see cref="WholeGraphLayout"/>): a stop, whenever it comes during the start,
/// leaves the workspace without its handler and starts no layout afterwards.
/// </summary>
public sealed class WholeGraphLayoutTests : IDisposable
{
    private readonly ServerLayout _layout = new(Options.Create(new ServerLayoutOptions()), NullLogger<ServerLayout>.Instance);

    public void Dispose() => _layout.Dispose();

    private static GraphWorkspace Workspace() =>
        new(new Loader(SampleGraph.Build), new EmbeddedGraphBackend(), new GraphBackendMode(LoadsSeeds: true), NameRegistry.Empty,
            Options.Create(new PolicyGraphWebOptions { SeedDirectory = Path.GetTempPath() }), new TestHostEnvironment(),
            NullLogger<GraphWorkspace>.Instance);

    private WholeGraphLayout LayoutOf(Func<GraphWorkspace> resolve) =>
        new(resolve, _layout, Options.Create(new ServerLayoutOptions()), NullLogger<WholeGraphLayout>.Instance);

    [Fact]
    public async Task A_stop_while_the_start_resolves_the_workspace_leaves_no_handler_and_lays_nothing_out()
    {
        var workspace = Workspace();
        using var resolving = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var prepared = LayoutOf(() => { resolving.Set(); release.Wait(); return workspace; });

        var start = prepared.StartAsync(CancellationToken.None);
        Assert.True(resolving.Wait(TimeSpan.FromMinutes(1)), "the start never resolved the workspace");
        await prepared.StopAsync(CancellationToken.None);
        release.Set();
        await start;
        await workspace.RefreshAsync();

        Assert.Equal(0, workspace.RefreshedHandlers);
        Assert.Same(Task.CompletedTask, prepared.Current);
    }

    /// <summary>
    /// The stop and the start's subscription race on two threads, many times: with the unsubscribe and the cancel as two
    /// steps, a subscription taken between them outlived the stop.
    /// </summary>
    [Fact]
    public async Task A_stop_racing_the_start_never_leaves_a_handler()
    {
        for (var round = 0; round < 300; round++)
        {
            var workspace = Workspace();
            using var both = new Barrier(2);
            using var prepared = LayoutOf(() => { both.SignalAndWait(); return workspace; });

            var start = prepared.StartAsync(CancellationToken.None);
            var stop = Task.Run(async () => { both.SignalAndWait(); await prepared.StopAsync(CancellationToken.None); });
            await Task.WhenAll(start, stop);

            Assert.Equal(0, workspace.RefreshedHandlers);
        }
    }

    [Fact]
    public async Task A_started_layout_follows_refreshes_until_it_is_stopped_or_disposed()
    {
        var workspace = Workspace();
        var prepared = LayoutOf(() => workspace);

        await prepared.StartAsync(CancellationToken.None);
        var whileRunning = workspace.RefreshedHandlers;
        await prepared.StopAsync(CancellationToken.None);
        var afterStop = workspace.RefreshedHandlers;
        prepared.Dispose();

        Assert.Equal((1, 0), (whileRunning, afterStop));
        Assert.Equal(0, workspace.RefreshedHandlers);
    }

    private sealed class Loader(Func<PropertyGraph> load) : IPolicyGraphLoader
    {
        public GraphLoadResult Load(string directory) => new(load(), []);

        public IReadOnlyList<string> ReadSourceLines(string path) => [];
    }
}
