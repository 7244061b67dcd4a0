using System.Diagnostics;
using System.Runtime;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Logs what the process spent to get started (event 1020, when the host has started: the graph loaded, the server
/// listening, so /health answers): CPU, the JIT's share, assemblies, allocation, collections and resident memory. Unlike wall time
/// these hold on a busy machine; <c>tools/web-startup/run.sh</c> prints the line.
/// </summary>
internal static class StartupFigures
{
    public static WebApplication LogStartupFigures(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupFigures));
        if (logger.IsEnabled(LogLevel.Information))
            app.Lifetime.ApplicationStarted.Register(() => Log.Started(logger, CpuMilliseconds(),
                JitInfo.GetCompiledMethodCount(), (long)JitInfo.GetCompilationTime().TotalMilliseconds,
                AppDomain.CurrentDomain.GetAssemblies().Length, GC.GetTotalAllocatedBytes() >> 20,
                $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}", (long)GC.GetTotalPauseDuration().TotalMilliseconds,
                Environment.WorkingSet >> 20));
        return app;
    }

    /// <summary>Wall time since the process started and the process's CPU time so far, in ms (for the start-up step log).</summary>
    public static (long WallMs, long CpuMs) SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return ((long)(DateTime.Now - process.StartTime).TotalMilliseconds, (long)process.TotalProcessorTime.TotalMilliseconds);
    }

    /// <summary>The process's CPU time so far (user and system, every thread).</summary>
    public static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long CpuMilliseconds() => (long)CpuTime().TotalMilliseconds;
}
