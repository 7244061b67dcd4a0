using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Layout;

/// <summary>What the server's layout queues, keeps, drops and cancels, with layouts the test holds.</summary>
public class ServerLayoutQueueTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly HeldLayout _held = new();

    private ServerLayout Layout(ServerLayoutOptions options, HeldLayout? held = null) =>
        new(options, NullLogger<ServerLayout>.Instance, (held ?? _held).Compute);

    [Fact]
    public async Task A_view_too_large_to_lay_out_is_output_cached_and_one_whose_layout_is_not_ready_is_not()
    {
        using var layout = Layout(new ServerLayoutOptions { MaxNodes = 5, Wait = TimeSpan.Zero });

        var tooLarge = await ServeAsync(layout, 6);
        var notReady = await ServeAsync(layout, 5);

        Assert.True(tooLarge, "a view never laid out must be kept by the output cache");
        Assert.False(notReady, "a view whose layout is still running must not be kept");
        _held.Open(1);
    }

    [Fact]
    public async Task Past_the_pending_limit_a_new_view_is_served_without_positions_and_not_queued()
    {
        using var layout = Layout(new ServerLayoutOptions { MaxPendingLayouts = 1, Wait = Long });
        var first = layout.LayOutAsync(SyntheticView.Elements(10, 12), CancellationToken.None);
        Assert.True(await _held.WaitUntilStartedAsync());

        var second = await layout.LayOutAsync(SyntheticView.Elements(9, 12), CancellationToken.None).WaitAsync(Long);
        _held.Open(1);

        Assert.Equal(LayoutOutcome.NotReady, second.Outcome);
        Assert.All(second.Elements.Nodes, n => Assert.Null(n.Position));
        Assert.Equal(LayoutOutcome.Positioned, (await first).Outcome);
        Assert.Equal([10], _held.Started);
    }

    [Fact]
    public async Task An_evicted_layout_is_cancelled_and_its_waiter_served_without_positions()
    {
        using var layout = Layout(new ServerLayoutOptions { CachedNodes = 10, Wait = Long });
        var evicted = layout.LayOutAsync(SyntheticView.Elements(10, 12), CancellationToken.None);
        Assert.True(await _held.WaitUntilStartedAsync());

        var kept = layout.LayOutAsync(SyntheticView.Elements(9, 12), CancellationToken.None);

        Assert.Equal(LayoutOutcome.NotReady, (await evicted.WaitAsync(Long)).Outcome);
        Assert.True(await _held.WaitUntilCancelledAsync());
        Assert.Equal([10], _held.Cancelled);
        _held.Open(1);
        Assert.Equal(LayoutOutcome.Positioned, (await kept.WaitAsync(Long)).Outcome);
        Assert.Equal(9, layout.CachedNodes);
    }

    [Fact]
    public async Task A_layout_whose_only_waiter_went_away_is_cancelled_and_dropped()
    {
        using var layout = Layout(new ServerLayoutOptions { Wait = Long });
        using var request = new CancellationTokenSource();
        var waiting = layout.LayOutAsync(SyntheticView.Elements(10, 12), request.Token);
        Assert.True(await _held.WaitUntilStartedAsync());

        await request.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Long));
        Assert.Equal(0, layout.CachedNodes);
        Assert.True(await _held.WaitUntilCancelledAsync());
        Assert.Equal([10], _held.Cancelled);
    }

    [Fact]
    public async Task The_least_recently_used_view_is_dropped_first()
    {
        using var layout = Layout(new ServerLayoutOptions { CachedNodes = 20, Wait = Long });
        _held.Open(100);

        foreach (var nodes in new[] { 10, 9, 10, 8, 10, 9 })
            Assert.Equal(LayoutOutcome.Positioned, (await layout.LayOutAsync(SyntheticView.Elements(nodes, 12), CancellationToken.None)).Outcome);

        // 10 and 9 laid out; 10 used again; 8 pushes out 9 (least recently used), not 10; 9 is laid out again.
        Assert.Equal([10, 9, 8, 9], _held.Started);
    }

    [Fact]
    public async Task A_failed_layout_is_dropped_so_the_next_request_lays_the_view_out_again()
    {
        var failingOnce = new HeldLayout(failures: 1);
        using var layout = Layout(new ServerLayoutOptions { Wait = Long }, failingOnce);
        failingOnce.Open(2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => layout.LayOutAsync(SyntheticView.Elements(10, 12), CancellationToken.None));
        var again = await layout.LayOutAsync(SyntheticView.Elements(10, 12), CancellationToken.None);

        Assert.Equal(LayoutOutcome.Positioned, again.Outcome);
        Assert.Equal(2, failingOnce.Started.Count);
    }

    /// <summary>Serves a view of <paramref name="nodes"/> nodes as a response would; whether the output cache may keep it.</summary>
    private static async Task<bool> ServeAsync(ServerLayout layout, int nodes)
    {
        var context = new DefaultHttpContext();
        var cache = new OutputCacheFeatureStub(new OutputCacheContext { HttpContext = context, AllowCacheStorage = true });
        context.Features.Set<IOutputCacheFeature>(cache);
        await layout.PositionAsync(SyntheticView.Elements(nodes, 12), context);
        return cache.Context.AllowCacheStorage;
    }

    private sealed class OutputCacheFeatureStub(OutputCacheContext context) : IOutputCacheFeature
    {
        public OutputCacheContext Context => context;
    }
}
