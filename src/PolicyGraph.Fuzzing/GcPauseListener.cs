using System.Diagnostics.Tracing;
using System.Globalization;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Counts the runtime's collections by kind (blocking or background, by generation) and its pauses by length, from
/// the runtime's own GC events, so a run can say how many long pauses could have made a query late, independent of
/// how busy the machine was when it ran. Only the GC keyword at informational level: a handful of events per collection.
/// </summary>
public sealed class GcPauseListener : EventListener
{
    private const long GcKeyword = 0x1;
    private const int GcStart = 1, RestartEngineEnd = 3, SuspendEngineBegin = 9;
    private const int BackgroundType = 1;

    /// <summary>A pause at least this long is counted as long: half the slack a 100 ms timeout leaves (1.5×).</summary>
    public static readonly TimeSpan LongPause = TimeSpan.FromMilliseconds(25);

    private readonly Lock _lock = new();
    private readonly long[] _blocking = new long[3];
    private long _background;
    private readonly SortedDictionary<int, long> _gen2Reasons = [];
    private DateTime? _suspendedAt;
    private TimeSpan _longestPause;
    private long _longPauses;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, (EventKeywords)GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        lock (_lock)
        {
            switch (data.EventId)
            {
                case GcStart when data.Payload is { Count: >= 4 } payload:
                    var depth = Math.Clamp(Convert.ToInt32(payload[1], CultureInfo.InvariantCulture), 0, 2);
                    if (Convert.ToInt32(payload[3], CultureInfo.InvariantCulture) == BackgroundType) _background++;
                    else _blocking[depth]++;
                    if (depth == 2) CountReason(Convert.ToInt32(payload[2], CultureInfo.InvariantCulture));
                    break;
                case SuspendEngineBegin:
                    _suspendedAt ??= data.TimeStamp;
                    break;
                case RestartEngineEnd when _suspendedAt is { } start:
                    var pause = data.TimeStamp - start;
                    _suspendedAt = null;
                    if (pause > _longestPause) _longestPause = pause;
                    if (pause >= LongPause) _longPauses++;
                    break;
            }
        }
    }

    private void CountReason(int reason) => _gen2Reasons[reason] = _gen2Reasons.GetValueOrDefault(reason) + 1;

    // The runtime's GC reasons (GCStart's Reason field) that a fuzz run meets.
    private static string ReasonName(int reason) => reason switch
    {
        0 => "small allocation", 1 => "induced", 2 => "low memory", 4 => "large allocation", 5 => "out of space (small)",
        6 => "out of space (large)", 7 => "induced, not forced", _ => $"reason {reason}",
    };

    public override string ToString()
    {
        lock (_lock)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"GC events: blocking {_blocking[0]}/{_blocking[1]}/{_blocking[2]} (gen0/1/2), background gen2 {_background}, " +
                $"pauses ≥ {LongPause.TotalMilliseconds:0} ms: {_longPauses}, longest {_longestPause.TotalMilliseconds:0.0} ms; " +
                $"gen2 started by: {string.Join(", ", _gen2Reasons.Select(r => $"{ReasonName(r.Key)} {r.Value}"))}");
        }
    }
}
