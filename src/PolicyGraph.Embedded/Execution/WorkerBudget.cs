using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// One morsel worker's share of the query's <see cref="QueryBudget"/>: a countdown of its own (no counter shared
/// between threads) that every thousand or so steps checks the shared budget's cancellation and timeout, and the
/// stop the other workers raise when one of them fails.
/// </summary>
internal sealed class WorkerBudget(QueryBudget shared, CancellationToken stop)
{
    private const int StepsBetweenChecks = 1024;
    private int _countdown = StepsBetweenChecks;

    /// <summary>Counts one step and, every thousand or so, honours the query's cancellation, timeout and stop.</summary>
    public void Poll()
    {
        if (--_countdown > 0) return;
        _countdown = StepsBetweenChecks;
        Check();
    }

    /// <summary>Honours the query's cancellation, timeout and stop now (between morsels).</summary>
    public void Check()
    {
        shared.CheckTime();
        stop.ThrowIfCancellationRequested();
    }
}
