using System.Runtime.ExceptionServices;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Runs work over morsels (consecutive ranges of an index space) on several threads. Each morsel's result lands in
/// its own slot, so the caller merges them in morsel order and gets what one thread walking the ranges in order
/// would have got. A morsel that fails stops the morsels after it; the error reported is that of the lowest morsel
/// that failed on its own, as one thread would have met it first. The caller works too; helpers check in when they
/// start, and once the morsels run out the caller waits only for those that checked in (a helper the pool starts
/// later finds the gate closed and ends at once), so the call never waits for the pool to get round to a helper.
/// </summary>
internal static class MorselRunner
{
    /// <param name="work">Called once per morsel with its range [start, end) and the calling worker's budget.</param>
    public static T[] Run<T>(int count, QueryParallelism parallelism, QueryBudget budget, Func<int, int, WorkerBudget, T> work)
    {
        var size = Math.Max(1, parallelism.MorselSize);
        var run = new MorselRun((int)(((long)count + size - 1) / size));
        var results = new T[run.Morsels];
        budget.CountSplitRun(count);
        void Worker()
        {
            for (var morsel = run.Next(); morsel >= 0; morsel = run.Next())
            {
                try
                {
                    var worker = new WorkerBudget(budget, run, morsel);
                    worker.Check();
                    var start = morsel * size;
                    results[morsel] = work(start, (int)Math.Min((long)start + size, count), worker);
                }
                catch (MorselStoppedException)
                {
                    return;
                }
                catch (Exception error)
                {
                    run.Fail(morsel, ExceptionDispatchInfo.Capture(error));
                    return;
                }
            }
        }
        for (var helper = 1; helper < Math.Min(parallelism.Workers, run.Morsels); helper++)
            _ = Task.Run(() =>
            {
                if (!run.CheckIn()) return;
                try
                {
                    Worker();
                }
                finally
                {
                    run.CheckOut();
                }
            }, CancellationToken.None);
        Worker();
        run.CloseAndWait();
        run.Failure?.Throw();
        return results;
    }
}

/// <summary>
/// The shared state of one <see cref="MorselRunner.Run{T}"/>: the next morsel, the lowest that failed, and the gate
/// helpers check in at.
/// </summary>
internal sealed class MorselRun(int morsels)
{
    private readonly object _gate = new();
    private int _next = -1;
    private int _lowestFailed = int.MaxValue;
    private int _checkedIn;
    private bool _closed;

    public int Morsels { get; } = morsels;

    public ExceptionDispatchInfo? Failure { get; private set; }

    /// <summary>The next morsel to run, or -1 when none is left or a lower one failed.</summary>
    public int Next()
    {
        var morsel = Interlocked.Increment(ref _next);
        return morsel < Morsels && !IsStopped(morsel) ? morsel : -1;
    }

    /// <summary>Whether a morsel need not finish: a lower one failed, so its result would be thrown away.</summary>
    public bool IsStopped(int morsel) => morsel > Volatile.Read(ref _lowestFailed);

    public void Fail(int morsel, ExceptionDispatchInfo error)
    {
        lock (_gate)
        {
            if (morsel >= _lowestFailed) return;
            _lowestFailed = morsel;
            Failure = error;
        }
    }

    /// <summary>A helper starting: false when the caller has already finished waiting (the helper must not run).</summary>
    public bool CheckIn()
    {
        lock (_gate)
        {
            if (_closed) return false;
            _checkedIn++;
            return true;
        }
    }

    public void CheckOut()
    {
        lock (_gate)
        {
            _checkedIn--;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Closes the gate to helpers not yet started and waits for those that checked in.</summary>
    public void CloseAndWait()
    {
        lock (_gate)
        {
            _closed = true;
            while (_checkedIn > 0) Monitor.Wait(_gate);
        }
    }
}

/// <summary>Thrown into a morsel that a lower morsel's failure made useless; never leaves the runner.</summary>
internal sealed class MorselStoppedException() : Exception("A lower morsel failed.");
