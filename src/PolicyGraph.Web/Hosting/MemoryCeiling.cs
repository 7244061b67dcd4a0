using Microsoft.Extensions.Options;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Keeps the process under the configured resident-memory ceiling by acting on console queries, the only work a
/// user can make large: reads the resident size four times a second; above the refuse mark the console admits
/// nothing new, above the cancel mark every running console query is stopped (and the memory it built collected).
/// </summary>
public sealed class MemoryCeiling : IDisposable
{
    private const long CollectIntervalMs = 1_000;
    private const long MaxCollectIntervalMs = 60_000;
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(250);

    private readonly long _refuseBytes;
    private readonly long _cancelBytes;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private CancellationTokenSource _pressure = new();
    private long _residentBytes;
    private long _lastCollectTicks;
    private long _collectIntervalMs = CollectIntervalMs;
    private int _sampling;

    public MemoryCeiling(IOptions<PolicyGraphWebOptions> options)
    {
        var limits = options.Value;
        CeilingBytes = limits.MemoryCeilingBytes;
        _refuseBytes = (long)(limits.MemoryCeilingBytes * limits.MemoryRefuseFraction);
        _cancelBytes = (long)(limits.MemoryCeilingBytes * limits.MemoryCancelFraction);
        _residentBytes = Environment.WorkingSet;
        _timer = new Timer(_ => Sample(), null, SampleInterval, SampleInterval);
    }

    public long CeilingBytes { get; }

    /// <summary>The resident size at the last sample.</summary>
    public long ResidentBytes => Interlocked.Read(ref _residentBytes);

    public bool RefusesNewQueries => ResidentBytes > _refuseBytes;

    /// <summary>Cancelled when the resident size passes the cancel mark; each query links it to its own token.</summary>
    public CancellationToken Pressure
    {
        get
        {
            lock (_gate)
                return _pressure.Token;
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        // Timer callbacks overlap when a collection outlasts the period; one sample at a time.
        if (Interlocked.Exchange(ref _sampling, 1) == 1) return;
        try
        {
            SampleOnce();
        }
        finally
        {
            Volatile.Write(ref _sampling, 0);
        }
    }

    private void SampleOnce()
    {
        var resident = Environment.WorkingSet;
        Interlocked.Exchange(ref _residentBytes, resident);
        if (resident > _cancelBytes)
            CancelRunningQueries();
        // Server GC keeps freed memory resident for a while; above the refuse mark give it back, so the console is
        // refused only while memory is really in use (at most one forced collection per interval).
        if (resident > _refuseBytes && Environment.TickCount64 - _lastCollectTicks > _collectIntervalMs)
        {
            _lastCollectTicks = Environment.TickCount64;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var after = Environment.WorkingSet;
            Interlocked.Exchange(ref _residentBytes, after);
            // A collection that does not bring memory under the mark is not repeated every second: back off (to a
            // minute), so memory the queries did not cause (a large graph, a small ceiling) cannot stall every request.
            _collectIntervalMs = after > _refuseBytes ? Math.Min(_collectIntervalMs * 2, MaxCollectIntervalMs) : CollectIntervalMs;
        }
    }

    private void CancelRunningQueries()
    {
        CancellationTokenSource fired;
        lock (_gate)
            (fired, _pressure) = (_pressure, new CancellationTokenSource());
        // Not disposed: a request may still be linking to its token; a source without a timer holds nothing native.
        fired.Cancel();
    }
}
