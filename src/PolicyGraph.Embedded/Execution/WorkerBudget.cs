using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// One morsel's share of the query's <see cref="QueryBudget"/>: a countdown of its own (no counter shared between
/// threads) that every <see cref="QueryBudget.StepsBetweenTimeChecks"/> steps checks the shared budget's
/// cancellation and timeout, and whether a lower morsel failed.
/// </summary>
internal sealed class WorkerBudget(QueryBudget shared, MorselRun run, int morsel)
{
    private long _countdown = QueryBudget.StepsBetweenTimeChecks;

    /// <summary>Counts one step and, every thousand or so, honours the query's cancellation, timeout and stop.</summary>
    public void Poll()
    {
        if (--_countdown > 0) return;
        _countdown = QueryBudget.StepsBetweenTimeChecks;
        Check();
    }

    /// <summary>Honours the query's cancellation, timeout and stop now.</summary>
    public void Check()
    {
        shared.CheckTime();
        if (run.IsStopped(morsel)) throw new MorselStoppedException();
    }
}
