using System.Collections.Concurrent;
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

    /// <summary>Views whose layouts are kept (least recently used ones are dropped).</summary>
    public int CachedViews { get; init; } = 256;

    /// <summary>Linux nice value of the layout thread: request threads get the CPU first.</summary>
    public int ThreadNice { get; init; } = 10;
}

/// <summary>
/// Lays views out once on the server and keeps the positions by the view's content (<see cref="LayoutGraph.Key"/>),
/// so the browser paints positioned elements at once and a reload or a shared link shows the same picture. Layouts
/// run one at a time on a thread of their own at a lower priority, never on a request thread; a request waits at most
/// <see cref="ServerLayoutOptions.Wait"/>. Reads nothing from the graph: it positions the elements any backend gave.
/// </summary>
public sealed class ServerLayout : IDisposable
{
    private readonly ServerLayoutOptions _options;
    private readonly QueryThreads _thread;
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyDictionary<string, CyPosition>>>> _layouts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly ILogger<ServerLayout> _logger;

    public ServerLayout(IOptions<ServerLayoutOptions> options, ILogger<ServerLayout> logger)
    {
        _options = options.Value;
        _logger = logger;
        _thread = new QueryThreads(1, _options.ThreadNice);
    }

    /// <summary>
    /// <see cref="PositionAsync(CyElements, CancellationToken)"/> for a response: one served without positions (the
    /// layout was not ready in time) is not kept by the output cache, so the next request gets the finished layout.
    /// </summary>
    public async Task<CyElements> PositionAsync(CyElements elements, HttpContext context)
    {
        var positioned = await PositionAsync(elements, context.RequestAborted);
        if (positioned.Nodes.Any(n => n.Position is null) && context.Features.Get<IOutputCacheFeature>() is { } cache)
            cache.Context.AllowCacheStorage = false;
        return positioned;
    }

    /// <summary>The elements with every node's position, or unchanged when the view is too large or its layout is
    /// not ready within the wait.</summary>
    public async Task<CyElements> PositionAsync(CyElements elements, CancellationToken cancellationToken)
    {
        if (elements.Nodes.Count == 0 || elements.Nodes.Count > _options.MaxNodes || elements.Edges.Count > _options.MaxEdges)
            return elements;
        var graph = LayoutGraph.From(elements);
        var layout = _layouts.GetOrAdd(graph.Key, _ => new Lazy<Task<IReadOnlyDictionary<string, CyPosition>>>(() => Start(graph)));
        var task = layout.Value;
        try
        {
            await task.WaitAsync(_options.Wait, cancellationToken);
        }
        catch (TimeoutException)
        {
            return elements;
        }
        var positions = await task;
        return elements with { Nodes = elements.Nodes.Select(n => n with { Position = positions.GetValueOrDefault(n.Data.Id) }).ToArray() };
    }

    public void Dispose() => _thread.Dispose();

    private Task<IReadOnlyDictionary<string, CyPosition>> Start(LayoutGraph graph)
    {
        _order.Enqueue(graph.Key);
        while (_order.Count > _options.CachedViews && _order.TryDequeue(out var oldest))
            _layouts.TryRemove(oldest, out _);
        return _thread.RunAsync(() => Task.FromResult(Compute(graph)));
    }

    private IReadOnlyDictionary<string, CyPosition> Compute(LayoutGraph graph)
    {
        var clock = Stopwatch.StartNew();
        var points = ForceLayout.Compute(graph);
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
            .Validate(o => o.MaxNodes >= 0 && o.MaxEdges >= 0 && o.CachedViews >= 1 && o.Wait >= TimeSpan.Zero,
                "PolicyGraph:Web:Layout: MaxNodes and MaxEdges must not be negative, CachedViews must be at least 1, Wait not negative.")
            .Validate(o => o.ThreadNice is >= 0 and <= 19, "PolicyGraph:Web:Layout:ThreadNice must be from 0 to 19.")
            .ValidateOnStart();
        return services.AddSingleton<ServerLayout>();
    }
}
