using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// A fixed set of threads that run console queries, so a query burning CPU holds one of these and never a
/// thread-pool thread: search, views, /health and static files keep the pool to themselves. On Linux the threads
/// may run at a higher nice value, so on a small machine the request threads get the CPU first when both want it.
/// </summary>
public sealed class QueryThreads : IDisposable
{
    private const int StackBytes = 16 * 1024 * 1024;

    private readonly BlockingCollection<Action> _work = new();
    private readonly int _nice;

    /// <param name="nice">Linux nice value of the threads (0: as the rest of the process; up to 19: lowest).</param>
    /// <param name="name">What the threads are called in a debugger or a dump, numbered from 1.</param>
    public QueryThreads(int count, int nice, string name = "console-query")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(nice);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nice, 19);
        _nice = nice;
        for (var i = 1; i <= count; i++)
            new Thread(Serve, StackBytes) { IsBackground = true, Name = $"{name}-{i}" }.Start();
    }

    /// <summary>Runs <paramref name="work"/> on one of the threads; its synchronous part (the embedded engine's whole
    /// read query) happens there, an asynchronous remainder continues wherever it resumes.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var started = new TaskCompletionSource<Task<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try
            {
                started.SetResult(work());
            }
            catch (Exception error)
            {
                started.SetException(error);
            }
        });
        return started.Task.Unwrap();
    }

    public void Dispose() => _work.CompleteAdding();

    private void Serve()
    {
        LowerOwnPriority();
        foreach (var item in _work.GetConsumingEnumerable())
            item();
    }

    // Thread.Priority is not applied on Linux; setpriority on the thread id is, and lowering needs no privilege.
    private void LowerOwnPriority()
    {
        if (_nice == 0 || !OperatingSystem.IsLinux())
            return;
        try
        {
            _ = SetPriority(0, GetThreadId(), _nice);
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without libc's calls the threads keep the default priority; the slot limit still bounds them.
        }
    }

    // DllImport, not LibraryImport: two blittable calls do not justify compiling the project with /unsafe.
    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);
}
