using System.Runtime;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Runs the full (gen2) collections that earlier queries' garbage makes due between queries instead of inside one.
/// With blocking GC (the CLI turns background GC off: it is a batch tool), a full collection stops the process for
/// tens of milliseconds, a large part of a 100 ms timeout, and it falls on whichever query allocates when the budget
/// runs out — typically an innocent one such as a cartesian count after a sort that held many rows. The runtime
/// announces an approaching full collection (<see cref="GC.RegisterForFullGCNotification"/>); between two queries the
/// host then collects, as a server would redirect requests meanwhile. A query that alone fills the budget still pays
/// its own collection. Nothing is done under background GC (its gen2 runs beside the queries) or where unsupported.
/// </summary>
public sealed class FullCollectionScheduler : IDisposable
{
    // How early to be told, in percent of the gen2 and large-object budgets left: room for a query to allocate.
    private const int ThresholdPercent = 20;

    private readonly bool _registered;

    public FullCollectionScheduler()
    {
        if (GCSettings.IsServerGC || GCSettings.LatencyMode != GCLatencyMode.Batch) return;
        GC.RegisterForFullGCNotification(ThresholdPercent, ThresholdPercent);
        _registered = true;
    }

    /// <summary>Full collections run here, between queries.</summary>
    public long Collections { get; private set; }

    /// <summary>Call between queries: collects now when the runtime says a full collection is near.</summary>
    public void CollectIfDue()
    {
        if (!_registered || GC.WaitForFullGCApproach(0) != GCNotificationStatus.Succeeded) return;
        GC.Collect();
        GC.WaitForFullGCComplete(0);
        Collections++;
    }

    public void Dispose()
    {
        if (_registered) GC.CancelFullGCNotification();
    }
}
