using System.Diagnostics.Tracing;
using System.Globalization;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Feeds the runtime's own GC events into a <see cref="GcEventTally"/>, so a run can say how many long pauses could
/// have made a query late, independent of how busy the machine was when it ran. Only the GC keyword at informational
/// level: a handful of events per collection. Payload fields are read by name, not position.
/// </summary>
public sealed class GcPauseListener : EventListener
{
    private const long GcKeyword = 0x1;
    private const int GcStart = 1, RestartEngineEnd = 3, SuspendEngineBegin = 9;
    private const int BackgroundType = 1;

    private readonly Lock _lock = new();
    private readonly GcEventTally _tally = new();

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
                case GcStart:
                    _tally.CollectionStarted(Field(data, "Depth"), Field(data, "Reason"), Field(data, "Type") == BackgroundType);
                    break;
                case SuspendEngineBegin:
                    _tally.Suspended(Field(data, "Reason"), data.TimeStamp);
                    break;
                case RestartEngineEnd:
                    _tally.Restarted(data.TimeStamp);
                    break;
            }
        }
    }

    /// <summary>An integer field of the event by its name; -1 when the event has no such field.</summary>
    private static int Field(EventWrittenEventArgs data, string name)
    {
        var at = data.PayloadNames?.IndexOf(name) ?? -1;
        return at >= 0 && data.Payload is { } payload && at < payload.Count
            ? Convert.ToInt32(payload[at], CultureInfo.InvariantCulture)
            : -1;
    }

    /// <summary>The tally, then the GC mode the process runs under (the counts depend on it).</summary>
    public override string ToString()
    {
        lock (_lock) return _tally + Environment.NewLine + ModeDescription();
    }

    private static string ModeDescription()
    {
        var concurrent = System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch;
        // The GC reports a heap limit as its available memory, and the machine's (or container's) memory without one.
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var limited = AppContext.GetData("System.GC.HeapHardLimit") is not null
            || Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit") is not null;
        return string.Create(CultureInfo.InvariantCulture,
            $"GC mode: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, " +
            $"{(concurrent ? "background" : "blocking")} gen2, {(limited ? "heap limit" : "available memory")} {available / (1024.0 * 1024.0):0} MB");
    }
}
