using System.Diagnostics;

namespace PolicyGraph.Cli.CrashTesting;

/// <summary>
/// Figures of a crash-test run; <see cref="Passed"/> when no document was lost, torn or orphaned and every run that
/// was not killed ended with exit code 0 (a load that fails on its own is a failure, not a completed run).
/// </summary>
public sealed record CrashTestReport(
    int Runs, int Kills, int CompletedRuns, int FailedRuns, int Recoveries, int DocumentsLost, int IncompleteDocuments, long OrphanParts, bool FinalStateMatches)
{
    public bool Passed => FailedRuns == 0 && DocumentsLost == 0 && IncompleteDocuments == 0 && OrphanParts == 0 && FinalStateMatches;

    public override string ToString() =>
        $"runs {Runs}, kills {Kills}, completed runs {CompletedRuns}, failed runs {FailedRuns}, recoveries (torn log tails repaired) {Recoveries}, " +
        $"documents lost {DocumentsLost}, incomplete documents {IncompleteDocuments}, orphan parts {OrphanParts}, " +
        $"final state matches a clean load: {(FinalStateMatches ? "yes" : "no")}";
}

/// <summary>
/// Runs <c>load --data</c> in a child process (<c>dotnet policygraph.dll</c>) and SIGKILLs it after a random delay,
/// many times, alternating between two document sets with --prune so every run adds, replaces and removes. After each
/// kill the store must open at a committed state: every document whole, no part without its document, and no
/// document lost that the interrupted run was not asked to change.
/// </summary>
public sealed class StoreCrashTest(string cliAssembly, string documentsFolder, string workDirectory, int seed, TextWriter log)
{
    private readonly Random _random = new(seed);

    public async Task<CrashTestReport> RunAsync(int kills, int variants, CancellationToken cancellationToken)
    {
        var (setA, setB) = CrashTestCorpus.Write(documentsFolder, workDirectory, variants);
        var data = Path.Combine(workDirectory, "data");
        var expected = await ExpectedPartsAsync(setA, setB, cancellationToken);
        var cleanRun = await TimedLoadAsync(data, setA, cancellationToken);
        var (runs, killed, completed, failed, recoveries, lost, incomplete, orphans) = (0, 0, 1, 0, 0, 0, 0, 0L);
        var previous = await StoreState.ReadAsync(data);
        while (killed < kills)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = ++runs % 2 == 1 ? setB : setA;
            var delay = TimeSpan.FromMilliseconds(_random.NextDouble() * cleanRun.TotalMilliseconds * 1.2);
            switch (await RunAndKillAsync(data, target, delay, cancellationToken))
            {
                case RunEnd.Killed: killed++; break;
                case RunEnd.Completed: completed++; break;
                default: failed++; break;
            }
            var state = await StoreState.ReadAsync(data);
            recoveries += state.Warnings;
            lost += LostDocuments(previous, state, target);
            incomplete += state.Incomplete(expected).Count();
            orphans += state.OrphanParts;
            previous = state;
        }
        var matches = await FinalStateMatchesAsync(data, setA, cancellationToken);
        var report = new CrashTestReport(runs, killed, completed, failed, recoveries, lost, incomplete, orphans, matches);
        log.WriteLine(report);
        return report;
    }

    /// <summary>Documents held before the run, present unchanged in the set it loaded, and gone afterwards.</summary>
    private static int LostDocuments(StoreState before, StoreState after, string target)
    {
        var wanted = Directory.GetFiles(target)
            .Select(f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .ToHashSet(StringComparer.Ordinal);
        return before.PartsByHash.Keys.Count(hash => wanted.Contains(hash) && !after.PartsByHash.ContainsKey(hash));
    }

    private async Task<IReadOnlyDictionary<string, long>> ExpectedPartsAsync(string setA, string setB, CancellationToken cancellationToken)
    {
        var expected = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var set in new[] { setA, setB })
        {
            var reference = Path.Combine(workDirectory, "reference-" + Path.GetFileName(set));
            await TimedLoadAsync(reference, set, cancellationToken);
            foreach (var (hash, parts) in (await StoreState.ReadAsync(reference)).PartsByHash) expected[hash] = parts;
        }
        return expected;
    }

    private async Task<bool> FinalStateMatchesAsync(string data, string setA, CancellationToken cancellationToken)
    {
        await TimedLoadAsync(data, setA, cancellationToken);
        var final = await StoreState.ReadAsync(data);
        var reference = await StoreState.ReadAsync(Path.Combine(workDirectory, "reference-" + Path.GetFileName(setA)));
        return final.OrphanParts == 0 && final.PartsByHash.Count == reference.PartsByHash.Count &&
               final.PartsByHash.All(d => reference.PartsByHash.TryGetValue(d.Key, out var parts) && parts == d.Value);
    }

    private async Task<TimeSpan> TimedLoadAsync(string data, string folder, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var errors = new System.Text.StringBuilder();
        using var child = Start(data, folder, errors);
        await child.WaitForExitAsync(cancellationToken);
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"the load of {folder} into {data} failed (exit {child.ExitCode}): {errors}");
        return watch.Elapsed;
    }

    private enum RunEnd
    {
        Killed,
        Completed,
        Failed,
    }

    /// <summary>Killed when the delay ran out first; otherwise completed or, with a non-zero exit code, failed (logged).</summary>
    private async Task<RunEnd> RunAndKillAsync(string data, string folder, TimeSpan delay, CancellationToken cancellationToken)
    {
        var errors = new System.Text.StringBuilder();
        using var child = Start(data, folder, errors);
        var exited = child.WaitForExitAsync(cancellationToken);
        if (await Task.WhenAny(exited, Task.Delay(delay, cancellationToken)) == exited)
        {
            if (child.ExitCode == 0) return RunEnd.Completed;
            log.WriteLine($"crash-test: the load of {folder} failed on its own (exit {child.ExitCode}): {errors.ToString().Trim()}");
            return RunEnd.Failed;
        }
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(cancellationToken);
        return RunEnd.Killed;
    }

    private Process Start(string data, string folder, System.Text.StringBuilder errors)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cliAssembly, "load", "--data", data, "--prune", folder }) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet for the crash test's child process.");
        // Drain the pipes so a chatty child never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
