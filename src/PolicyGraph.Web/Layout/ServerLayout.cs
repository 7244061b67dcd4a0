using System.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Layout;

/// <summary>Settings of the server's layout, bound from "PolicyGraph:Web:Layout".</summary>
public sealed record ServerLayoutOptions
{
    public const string SectionName = "PolicyGraph:Web:Layout";

    /// <summary>Largest view laid out on the server; larger ones are served without positions (the browser lays them out).</summary>
    public int MaxNodes { get; init; } = 25_000;

    public int MaxEdges { get; init; } = 100_000;

    /// <summary>How long a request waits for a layout not yet cached; after that it is served without positions and
    /// the layout, still running, serves the next request.</summary>
    public TimeSpan Wait { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Nodes of all cached layouts together (about 100 bytes each); least recently used views are dropped first.</summary>
    public long CachedNodes { get; init; } = 500_000;

    /// <summary>Layouts queued or running at once; a new view past that is served without positions, not queued.</summary>
    public int MaxPendingLayouts { get; init; } = 4;

    /// <summary>Linux nice value of the layout thread: request threads get the CPU first.</summary>
    public int ThreadNice { get; init; } = 10;

    /// <summary>Lay the whole graph out in the background at start and after an upload, so /api/graph is served
    /// with positions on its first request.</summary>
    public bool PrepareWholeGraph { get; init; } = true;
}

/// <summary>How a view was served: laid out, too large to lay out (never will be), or its layout not ready yet.</summary>
public enum LayoutOutcome
{
    Positioned,
    TooLarge,
    NotReady,
}

/// <summary>A view as served, and whether its nodes carry positions.</summary>
public sealed record LaidOutView(CyElements Elements, LayoutOutcome Outcome);

/// <summary>
/// Lays views out once on the server and keeps the positions by the view's content (<see cref="LayoutGraph.Key"/>),
/// so the browser paints positioned elements at once and a reload or a shared link shows the same picture. Layouts
/// run one at a time on a thread of their own at a lower priority, never on a request thread; a request waits at most
/// <see cref="ServerLayoutOptions.Wait"/>. At most <see cref="ServerLayoutOptions.MaxPendingLayouts"/> layouts are
/// queued or running; a layout stops when it is evicted or its last waiter's request is aborted. Reads nothing from
/// the graph: it positions the elements any backend gave.
/// </summary>
public sealed class ServerLayout : IDisposable
{
    private readonly ServerLayoutOptions _options;
    private readonly QueryThreads _thread;
    private readonly Func<LayoutGraph, CancellationToken, (double X, double Y)[]> _compute;
    private readonly Lock _gate = new();
    private readonly LayoutCache _cache;
    private readonly ILogger<ServerLayout> _logger;
    private int _pending;

    public ServerLayout(IOptions<ServerLayoutOptions> options, ILogger<ServerLayout> logger)
        : this(options.Value, logger, (graph, cancellationToken) => ForceLayout.Compute(graph, null, cancellationToken))
    {
    }

    /// <param name="compute">The layout itself (tests hold it to see queued and running layouts).</param>
    internal ServerLayout(ServerLayoutOptions options, ILogger<ServerLayout> logger, Func<LayoutGraph, CancellationToken, (double X, double Y)[]> compute)
    {
        _options = options;
        _logger = logger;
        _compute = compute;
        _cache = new LayoutCache(options.CachedNodes);
        _thread = new QueryThreads(1, _options.ThreadNice, "server-layout");
    }

    /// <summary>Nodes of the layouts cached now (done, queued or running).</summary>
    public long CachedNodes
    {
        get
        {
            lock (_gate)
                return _cache.Nodes;
        }
    }

    /// <summary>
    /// <see cref="LayOutAsync"/> for a response: one served without positions because its layout was not ready is not
    /// kept by the output cache, so the next request gets the finished layout; one too large to lay out is kept.
    /// </summary>
    public async Task<CyElements> PositionAsync(CyElements elements, HttpContext context)
    {
        var view = await LayOutAsync(elements, context.RequestAborted);
        if (view.Outcome == LayoutOutcome.NotReady && context.Features.Get<IOutputCacheFeature>() is { } cache)
            cache.Context.AllowCacheStorage = false;
        return view.Elements;
    }

    public async Task<CyElements> PositionAsync(CyElements elements, CancellationToken cancellationToken) =>
        (await LayOutAsync(elements, cancellationToken)).Elements;

    /// <summary>The elements with every node's position, or unchanged when the view is too large, too many layouts
    /// are pending, or its layout is not ready within the wait.</summary>
    public async Task<LaidOutView> LayOutAsync(CyElements elements, CancellationToken cancellationToken)
    {
        if (elements.Nodes.Count == 0)
            return new LaidOutView(elements, LayoutOutcome.Positioned);
        if (TooLarge(elements.Nodes.Count, elements.Edges.Count))
            return new LaidOutView(elements, LayoutOutcome.TooLarge);
        var job = Join(LayoutGraph.From(elements));
        if (job is null)
            return new LaidOutView(elements, LayoutOutcome.NotReady);
        try
        {
            await job.Positions.WaitAsync(_options.Wait, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new LaidOutView(elements, LayoutOutcome.NotReady);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Evicted while this request waited.
            return new LaidOutView(elements, LayoutOutcome.NotReady);
        }
        finally
        {
            Leave(job, cancellationToken);
        }
        var positions = await job.Positions;
        var nodes = elements.Nodes.Select(n => n with { Position = positions.GetValueOrDefault(n.Data.Id) }).ToArray();
        return new LaidOutView(elements with { Nodes = nodes }, LayoutOutcome.Positioned);
    }

    /// <summary>
    /// Lays a view out for later requests, waiting as long as the layout takes (no <see cref="ServerLayoutOptions.Wait"/>):
    /// cancelling stops the layout unless a request waits for it too. Nothing happens for a view too large.
    /// </summary>
    public async Task PrepareAsync(CyElements elements, CancellationToken cancellationToken)
    {
        if (elements.Nodes.Count == 0 || TooLarge(elements.Nodes.Count, elements.Edges.Count))
            return;
        var job = Join(LayoutGraph.From(elements));
        if (job is null)
            return;
        try
        {
            await job.Positions.WaitAsync(cancellationToken);
        }
        finally
        {
            Leave(job, cancellationToken);
        }
    }

    /// <summary>Whether a view of this size is served without positions, never laid out.</summary>
    public bool TooLarge(int nodes, int edges) => nodes > _options.MaxNodes || edges > _options.MaxEdges;

    public void Dispose() => _thread.Dispose();

    /// <summary>The cached or pending job of the view, now one more waiter's; a new one started; or null when too
    /// many are pending.</summary>
    private LayoutJob? Join(LayoutGraph graph)
    {
        LayoutJob job;
        IReadOnlyList<LayoutJob> evicted;
        lock (_gate)
        {
            if (_cache.Touch(graph.Key) is { } known)
            {
                if (!known.Positions.IsFaulted)
                {
                    known.Waiters++;
                    return known;
                }
                // Failed (its own waiters saw why): dropped now, not when its completion runs, and laid out afresh.
                _cache.Remove(known);
            }
            if (_pending >= _options.MaxPendingLayouts)
                return null;
            job = new LayoutJob(graph.Key, graph.NodeCount) { Waiters = 1 };
            _pending++;
            job.Positions = _thread.RunAsync(() => Task.FromResult(Compute(graph, job.Cancellation.Token)));
            _ = job.Positions.ContinueWith(_ => Finished(job), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            evicted = _cache.Add(job);
        }
        foreach (var old in evicted)
            old.Cancellation.Cancel();
        return job;
    }

    /// <summary>A waiter is done; when it was the last and its request was aborted, nobody needs the layout any more.</summary>
    private void Leave(LayoutJob job, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            job.Waiters--;
            if (job.Waiters > 0 || job.Positions.IsCompleted || !cancellationToken.IsCancellationRequested)
                return;
            _cache.Remove(job);
        }
        job.Cancellation.Cancel();
    }

    // A failed or cancelled layout leaves the cache, so the next request of the view starts a new one.
    private void Finished(LayoutJob job)
    {
        lock (_gate)
        {
            _pending--;
            if (!job.Positions.IsCompletedSuccessfully)
                _cache.Remove(job);
        }
        if (job.Positions.Exception is { } error && !job.Cancellation.IsCancellationRequested)
            Log.LayoutFailed(_logger, error.GetBaseException());
    }

    private IReadOnlyDictionary<string, CyPosition> Compute(LayoutGraph graph, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var points = _compute(graph, cancellationToken);
        Log.ViewLaidOut(_logger, graph.NodeCount, graph.Edges.Count, clock.ElapsedMilliseconds);
        var positions = new Dictionary<string, CyPosition>(graph.NodeCount, StringComparer.Ordinal);
        for (var i = 0; i < points.Length; i++)
            positions[graph.Ids[i]] = new CyPosition(points[i].X, points[i].Y);
        return positions;
    }
}

public static class ServerLayoutRegistration
{
    public static IServiceCollection AddServerLayout(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServerLayoutOptions>().Bind(configuration.GetSection(ServerLayoutOptions.SectionName))
            .Validate(o => o.MaxNodes >= 0 && o.MaxEdges >= 0 && o.Wait >= TimeSpan.Zero,
                "PolicyGraph:Web:Layout: MaxNodes and MaxEdges must not be negative, Wait not negative.")
            .Validate(o => o.CachedNodes >= 1 && o.MaxPendingLayouts >= 1,
                "PolicyGraph:Web:Layout: CachedNodes and MaxPendingLayouts must be at least 1.")
            .Validate(o => o.ThreadNice is >= 0 and <= 19, "PolicyGraph:Web:Layout:ThreadNice must be from 0 to 19.")
            .ValidateOnStart();
        services.AddSingleton(provider => new WholeGraphLayout(provider.GetRequiredService<GraphWorkspace>, provider.GetRequiredService<ServerLayout>(),
            provider.GetRequiredService<IOptions<ServerLayoutOptions>>(), provider.GetRequiredService<ILogger<WholeGraphLayout>>()));
        services.AddHostedService(provider => provider.GetRequiredService<WholeGraphLayout>());
        return services.AddSingleton<ServerLayout>();
    }
}
