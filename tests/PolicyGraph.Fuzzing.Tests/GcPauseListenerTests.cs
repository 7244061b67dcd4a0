namespace PolicyGraph.Fuzzing.Tests;

/// <summary>
/// GC pauses are counted from the runtime's events: collections by kind and reason, long pauses only for collections
/// nobody asked for, and no suspension for another reason counted as a GC pause.
/// </summary>
public class GcPauseListenerTests
{
    private static readonly DateTime Start = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_long_pause_of_an_allocation_triggered_collection_is_counted()
    {
        var tally = new GcEventTally();

        tally.Suspended(reason: 1, Start);
        tally.CollectionStarted(depth: 2, reason: 0, background: false);
        tally.Restarted(Start.AddMilliseconds(40));

        Assert.Equal(1, tally.LongPauses);
        Assert.Equal(TimeSpan.FromMilliseconds(40), tally.LongestPause);
        Assert.Equal([0L, 0L, 1L], tally.Blocking);
        Assert.Contains("small allocation 1", tally.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pause_around_an_induced_collection_is_not_counted_as_a_query_pause()
    {
        var tally = new GcEventTally();

        tally.Suspended(reason: 1, Start);
        tally.CollectionStarted(depth: 2, reason: 1, background: false);
        tally.Restarted(Start.AddMilliseconds(60));
        tally.Suspended(reason: 1, Start.AddSeconds(1));
        tally.CollectionStarted(depth: 0, reason: 0, background: false);
        tally.Restarted(Start.AddSeconds(1).AddMilliseconds(5));

        Assert.Equal(0, tally.LongPauses);
        Assert.Equal(TimeSpan.FromMilliseconds(5), tally.LongestPause);
        Assert.Equal(1L, tally.Gen2Reasons[1]);
    }

    [Fact]
    public void A_suspension_for_another_reason_is_no_gc_pause()
    {
        var tally = new GcEventTally();

        tally.Suspended(reason: 5, Start);
        tally.Restarted(Start.AddMilliseconds(100));

        Assert.Equal(0, tally.LongPauses);
        Assert.Equal(TimeSpan.Zero, tally.LongestPause);
    }

    [Fact]
    public async Task The_listener_reads_the_runtimes_gc_events_by_field_name()
    {
        using var listener = new GcPauseListener();
        const string InducedGen2 = "gen2 started by: induced";

        // Runtime events reach a listener on a dispatch thread, some time after the collection: wait for them.
        for (var attempt = 0; attempt < 100 && !listener.ToString().Contains(InducedGen2, StringComparison.Ordinal); attempt++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
            await Task.Delay(100);
        }

        Assert.Contains(InducedGen2, listener.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_heap_limit_the_gc_line_names_the_figure_available_memory()
    {
        Assert.Null(AppContext.GetData("System.GC.HeapHardLimit"));
        Assert.Null(Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit"));
        using var listener = new GcPauseListener();

        var modeLine = listener.ToString().Split(Environment.NewLine).Single(line => line.StartsWith("GC mode:", StringComparison.Ordinal));

        Assert.Contains("available memory", modeLine, StringComparison.Ordinal);
        Assert.DoesNotContain("heap limit", modeLine, StringComparison.Ordinal);
    }
}
