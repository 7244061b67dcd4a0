using System.Globalization;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Counts collections by kind (blocking by generation, background) and the pauses the runtime took for collections
/// that the process did not ask for: a pause around an induced collection (GC.Collect) is not one a query suffered
/// from the garbage it made, and a suspension for another reason (a debugger) is no GC pause. Not thread-safe.
/// </summary>
public sealed class GcEventTally
{
    // The runtime's GCStart Reason values (see ReasonName) that a caller asked for.
    private const int Induced = 1, InducedNotForced = 7;

    // The runtime's SuspendEEStart Reason values for a collection and its preparation.
    private const int SuspendForGc = 1, SuspendForGcPrep = 6;

    /// <summary>A pause at least this long is counted as long: half the slack a 100 ms timeout leaves (1.5×).</summary>
    public static readonly TimeSpan LongPause = TimeSpan.FromMilliseconds(25);

    private readonly long[] _blocking = new long[3];
    private readonly SortedDictionary<int, long> _gen2Reasons = [];
    private DateTime? _suspendedAt;
    private bool _inducedDuringPause;

    public long Background { get; private set; }

    public long LongPauses { get; private set; }

    public TimeSpan LongestPause { get; private set; }

    /// <summary>Blocking collections of generation 0, 1 and 2.</summary>
    public IReadOnlyList<long> Blocking => _blocking;

    /// <summary>What started each gen2 collection (GC reason → count).</summary>
    public IReadOnlyDictionary<int, long> Gen2Reasons => _gen2Reasons;

    public void CollectionStarted(int depth, int reason, bool background)
    {
        depth = Math.Clamp(depth, 0, 2);
        if (background) Background++;
        else _blocking[depth]++;
        if (depth == 2) _gen2Reasons[reason] = _gen2Reasons.GetValueOrDefault(reason) + 1;
        if (reason is Induced or InducedNotForced) _inducedDuringPause = true;
    }

    public void Suspended(int reason, DateTime at)
    {
        if (reason is SuspendForGc or SuspendForGcPrep) _suspendedAt ??= at;
    }

    public void Restarted(DateTime at)
    {
        if (_suspendedAt is not { } start) return;
        var pause = at - start;
        var induced = _inducedDuringPause;
        _suspendedAt = null;
        _inducedDuringPause = false;
        if (induced) return;
        if (pause > LongestPause) LongestPause = pause;
        if (pause >= LongPause) LongPauses++;
    }

    // The runtime's GC reasons (GCStart's Reason field) that a fuzz run meets.
    private static string ReasonName(int reason) => reason switch
    {
        0 => "small allocation", 1 => "induced", 2 => "low memory", 4 => "large allocation", 5 => "out of space (small)",
        6 => "out of space (large)", 7 => "induced, not forced", _ => $"reason {reason}",
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"GC events: blocking {_blocking[0]}/{_blocking[1]}/{_blocking[2]} (gen0/1/2), background gen2 {Background}, " +
        $"pauses ≥ {LongPause.TotalMilliseconds:0} ms (not induced): {LongPauses}, longest {LongestPause.TotalMilliseconds:0.0} ms; " +
        $"gen2 started by: {string.Join(", ", _gen2Reasons.Select(r => $"{ReasonName(r.Key)} {r.Value}"))}");
}
