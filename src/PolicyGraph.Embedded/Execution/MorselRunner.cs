using System.Runtime.ExceptionServices;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>How a query may split a scan: how many threads (1 = the single-threaded path) and how many items a morsel holds.</summary>
internal sealed record QueryParallelism(int Workers, int MorselSize = QueryParallelism.DefaultMorselSize)
{
    public const int DefaultMorselSize = 16_384;

    public static QueryParallelism Serial { get; } = new(1);

    /// <summary>Whether a scan of <paramref name="items"/> is worth splitting: more than one worker and more than one morsel.</summary>
    public bool Splits(int items) => Workers > 1 && items > MorselSize;
}

/// <summary>
/// Runs work over morsels (consecutive ranges of an index space) on several threads. Each morsel's result lands in
/// its own slot, so the caller merges them in morsel order and gets what one thread walking the ranges in order
/// would have got. The first failure (an error, the query's cancellation or timeout) stops every worker; the call
/// returns or throws only after all workers have finished.
/// </summary>
internal static class MorselRunner
{
    /// <param name="work">Called once per morsel with its range [start, end) and the calling worker's budget.</param>
    public static T[] Run<T>(int count, QueryParallelism parallelism, QueryBudget budget, Func<int, int, WorkerBudget, T> work)
    {
        var size = Math.Max(1, parallelism.MorselSize);
        var morsels = (int)(((long)count + size - 1) / size);
        var results = new T[morsels];
        var next = -1;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(budget.Cancellation);
        ExceptionDispatchInfo? failure = null;
        void Worker()
        {
            var worker = new WorkerBudget(budget, stop.Token);
            try
            {
                for (var morsel = Interlocked.Increment(ref next); morsel < morsels; morsel = Interlocked.Increment(ref next))
                {
                    worker.Check();
                    var start = morsel * size;
                    results[morsel] = work(start, (int)Math.Min((long)start + size, count), worker);
                }
            }
            catch (Exception error)
            {
                // The first failure is the one reported; the others are the stop it caused.
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(error), null);
                stop.Cancel();
            }
        }
        // Pool threads: one that starts late finds no morsel left and ends, so a busy pool slows a query, never blocks it.
        var helpers = Enumerable.Range(0, Math.Max(0, Math.Min(parallelism.Workers, morsels) - 1))
            .Select(_ => Task.Run(Worker, CancellationToken.None))
            .ToArray();
        Worker();
        Task.WaitAll(helpers);
        failure?.Throw();
        return results;
    }
}
