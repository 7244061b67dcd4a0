using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Web.Hosting;

/// <summary>Why the console did not run a query: the answer is 503 with <see cref="RetryAfter"/>.</summary>
public sealed record ConsoleRefusal(string Reason, TimeSpan RetryAfter);

/// <summary>
/// Admission control for user Cypher: at most <see cref="PolicyGraphWebOptions.EffectiveConsoleConcurrency"/>
/// queries execute at once, on <see cref="QueryThreads"/>; up to <see cref="PolicyGraphWebOptions.ConsoleQueueLength"/>
/// wait, each for at most <see cref="PolicyGraphWebOptions.ConsoleQueueTimeout"/>; the rest are refused at once.
/// A running query is cancelled when its client disconnects or when memory passes the ceiling's cancel mark.
/// </summary>
public sealed class ConsoleAdmission : IDisposable
{
    private readonly ConcurrencyLimiter _slots;
    private readonly QueryThreads _threads;
    private readonly MemoryCeiling _memory;
    private readonly PolicyGraphWebOptions _limits;

    public ConsoleAdmission(IOptions<PolicyGraphWebOptions> options, MemoryCeiling memory)
    {
        _limits = options.Value;
        _memory = memory;
        _slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.EffectiveConsoleConcurrency,
            QueueLimit = Math.Max(0, _limits.ConsoleQueueLength),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _threads = new QueryThreads(_limits.EffectiveConsoleConcurrency, _limits.ConsoleThreadNice);
    }

    /// <summary>
    /// Runs <paramref name="query"/> when a slot is free, with a token cancelled by the client's disconnect
    /// (<paramref name="requestAborted"/>) or memory pressure; null result and a refusal when it cannot run.
    /// Answers by <see cref="PolicyGraphWebOptions.ConsoleAnswerLimit"/> after arrival even if the engine overruns its
    /// timeout (a QueryTimeout error); the slot stays taken until the engine has really stopped.
    /// </summary>
    public async Task<(T? Result, ConsoleRefusal? Refusal)> RunAsync<T>(
        Func<CancellationToken, Task<T>> query, CancellationToken requestAborted)
        where T : class
    {
        var arrived = Stopwatch.GetTimestamp();
        if (_memory.RefusesNewQueries)
            return (null, new ConsoleRefusal("The server is close to its memory ceiling; the console takes no new queries for now.", RetryAfter));
        var lease = await WaitForSlotAsync(requestAborted);
        if (lease is not { IsAcquired: true })
        {
            lease?.Dispose();
            return (null, Refused(lease is null));
        }
        var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _memory.Pressure);
        var running = _threads.RunAsync(() => query(stop.Token));
        _ = running.ContinueWith(ended => Release(ended, stop, lease), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        try
        {
            var left = _limits.ConsoleAnswerLimit - Stopwatch.GetElapsedTime(arrived);
            return (await running.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, requestAborted), null);
        }
        catch (TimeoutException)
        {
            throw new CypherException("RuntimeError", "QueryTimeout", QueryPhase.Runtime,
                $"The query did not finish within {_limits.QueryTimeout.TotalSeconds:0.###} s and is being stopped.");
        }
        catch (Exception error) when (IsMemoryStop(error, requestAborted))
        {
            return (null, new ConsoleRefusal("The query was stopped to keep the server under its memory ceiling.", RetryAfter));
        }
    }

    /// <summary>Console queries waiting for a slot now.</summary>
    public long Waiting => _slots.GetStatistics()?.CurrentQueuedCount ?? 0;

    public void Dispose()
    {
        _slots.Dispose();
        _threads.Dispose();
    }

    // Nothing to estimate from: suggest the time a running query needs at most to end.
    private TimeSpan RetryAfter => _limits.QueryTimeout;

    /// <summary>A lease (acquired or not: queue full), or null when the wait for a slot ran out.</summary>
    private async Task<RateLimitLease?> WaitForSlotAsync(CancellationToken requestAborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(_limits.ConsoleQueueTimeout);
        try
        {
            return await _slots.AcquireAsync(1, deadline.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    private static void Release(Task ended, CancellationTokenSource stop, RateLimitLease lease)
    {
        _ = ended.Exception; // observed here when the answer went out before the engine stopped
        stop.Dispose();
        lease.Dispose();
    }

    private ConsoleRefusal Refused(bool waitedTooLong) => waitedTooLong
        ? new ConsoleRefusal($"All {_limits.EffectiveConsoleConcurrency} console slots stayed busy for {_limits.ConsoleQueueTimeout.TotalSeconds:0.#} s; try again shortly.", RetryAfter)
        : new ConsoleRefusal($"All {_limits.EffectiveConsoleConcurrency} console slots are busy and {_limits.ConsoleQueueLength} queries are waiting; try again shortly.", RetryAfter);

    // Out of memory inside the query (the GC heap limit) or a cancel the client did not ask for (the timeout is a
    // query error, not a cancel): the server, not the query, said no.
    private static bool IsMemoryStop(Exception error, CancellationToken requestAborted) => error switch
    {
        OutOfMemoryException => true,
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        _ => false,
    };
}
