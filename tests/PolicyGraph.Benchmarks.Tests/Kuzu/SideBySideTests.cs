using Newtonsoft.Json.Linq;
using PolicyGraph.Benchmarks.Kuzu;

namespace PolicyGraph.Benchmarks.Tests.Kuzu;

/// <summary>Runs only on Linux, where /proc tells whether a process still runs.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self")) Skip = "needs Linux and /proc to see the child processes.";
    }
}

public sealed class SideBySideTests
{
    private static BenchQuery Query(string name) => new(name, "MATCH (n:Nothing) RETURN n.id AS id", new Dictionary<string, object?>(), 1);

    private static JObject Report(params (string Name, string Rows)[] queries) => new()
    {
        ["threads"] = 1,
        ["openMs"] = 1.0,
        ["queries"] = new JArray(queries.Select(q => new JObject { ["name"] = q.Name, ["medianMs"] = 1.0, ["rows"] = JArray.Parse(q.Rows) })),
    };

    [Fact]
    public void A_query_with_no_rows_on_both_sides_is_equal_but_reported_with_a_warning()
    {
        var report = new SideBySideReport([Query("empty"), Query("full")],
            Report(("empty", "[]"), ("full", "[[1]]")), Report(("empty", "[]"), ("full", "[[1]]")), 1, 1);
        var output = new StringWriter();
        report.Write(output);

        Assert.True(report.AllRowsEqual);
        Assert.Equal([true, false], report.Queries.Select(q => q.EmptyOnBoth));
        var warning = Assert.Single(output.ToString().Split('\n'), line => line.StartsWith("warning:", StringComparison.Ordinal));
        Assert.Contains("empty", warning);
        Assert.DoesNotContain("full", warning);
    }

    [Fact]
    public void Resident_memory_is_printed_beside_its_anonymous_part_and_its_file_backed_part_where_a_side_has_them()
    {
        var ours = Report(("full", "[[1]]"));
        ours["residentAfterOpenBytes"] = 300L << 20;
        ours["anonymousAfterOpenBytes"] = 200L << 20;
        ours["fileAfterOpenBytes"] = 100L << 20;
        var kuzu = Report(("full", "[[1]]"));
        kuzu["residentAfterOpenBytes"] = 50L << 20;
        var output = new StringWriter();
        new SideBySideReport([Query("full")], ours, kuzu, 1, 1).Write(output);

        var lines = output.ToString().Split('\n');
        var resident = Array.FindIndex(lines, line => line.StartsWith("resident after open (VmRSS)", StringComparison.Ordinal));
        Assert.Equal(["300", "MB", "50", "MB"], lines[resident].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^4..]);
        Assert.StartsWith("anonymous after open (RssAnon)", lines[resident + 1]);
        Assert.Equal(["200", "MB", "-"], lines[resident + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..]);
        Assert.StartsWith("  file-backed (RssFile)", lines[resident + 2]);
        Assert.Equal(["100", "MB", "-"], lines[resident + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..]);
    }

    [Fact]
    public void Kuzu_warms_up_with_our_engines_policy()
    {
        var arguments = SideBySide.KuzuWarmupArguments(WarmupPolicy.Default);
        Assert.Equal(["--warmup-runs", "50", "--warmup-ms", "200", "--warmup-budget-ms", "10000"], arguments);
    }

    [LinuxFact]
    public async Task Cancelling_a_run_kills_the_child_and_its_children()
    {
        var pids = Path.Combine(Path.GetTempPath(), "pg-child-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var cancel = new CancellationTokenSource();
            var run = SideBySide.RunChildAsync(new ChildCommand("sh", ["-c", $"sleep 600 & echo $$ $! > {pids}.tmp && mv {pids}.tmp {pids}; wait"]), [], cancel.Token);
            for (var wait = 0; wait < WaitSteps && !File.Exists(pids); wait++) await Task.Delay(20);
            var started = File.ReadAllText(pids).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            Assert.All(started, pid => Assert.True(Running(pid)));

            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            // Kill returns before the kernel has torn the processes down: give that a generous while.
            for (var wait = 0; wait < WaitSteps && started.Any(Running); wait++) await Task.Delay(20);
            Assert.DoesNotContain(started, Running);
        }
        finally
        {
            File.Delete(pids);
        }
    }

    private const int WaitSteps = 3000; // of 20 ms: a minute, only ever reached when something is wrong

    /// <summary>Whether a process is alive (a zombie, waiting for its parent to reap it, is not).</summary>
    private static bool Running(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false; // gone between the check and the read
        }
    }
}
