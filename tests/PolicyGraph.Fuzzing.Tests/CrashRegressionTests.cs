using System.Diagnostics;

namespace PolicyGraph.Fuzzing.Tests;

/// <summary>
/// Queries that once ended the process (stack overflow, exhausted memory) or escaped as non-query exceptions.
/// Each runs in a child process (<c>policygraph fuzz --query</c>, built beside these tests), so a crash fails this
/// test instead of ending the test run; the child must exit normally and print the positioned query error. The
/// timeout is generous: these tests are about how a query ends, not how fast.
/// </summary>
public sealed class CrashRegressionTests : IDisposable
{
    private const string DeepList = "WITH reduce(acc = [], x IN range(1, 100000) | [acc]) AS l ";
    private readonly string _emptySeeds = Directory.CreateTempSubdirectory("policygraph-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_emptySeeds, recursive: true);

    [Theory]
    [InlineData(DeepList + "RETURN l < l AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 68")]
    [InlineData(DeepList + "RETURN valueType(l) AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 66")]
    [InlineData(DeepList + "RETURN [x IN [l] WHERE x < l] AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 84")]
    [InlineData(DeepList + "RETURN {k: l}.k < {k: l}.k AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 75")]
    [InlineData(DeepList + "RETURN l = l AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 68")]
    [InlineData(DeepList + "RETURN l AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 59")]
    [InlineData(DeepList + "RETURN DISTINCT l AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 66")]
    [InlineData(DeepList + "RETURN l AS c ORDER BY l", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 59")]
    [InlineData(DeepList + "RETURN count(DISTINCT l) AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 66")]
    [InlineData(DeepList + "UNWIND [l, l] AS m RETURN m, count(*) AS c", "runtime error ArgumentError.ValueNestedTooDeeply", "at line 1, column 85")]
    [InlineData("RETURN size(split(reduce(s = 'x', i IN range(1, 26) | s + s), '')) AS n", "budget exceeded ValueTooLarge", "at line 1, column")]
    [InlineData("RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n", "budget exceeded ValueTooLarge", "at line 1, column")]
    [InlineData("UNWIND range(1, 2000) AS i RETURN range(1, 20000) AS r", "budget exceeded ResultBudgetExceeded", "at line 1, column 28")]
    [InlineData("RETURN size(replace(reduce(s = 'ab', i IN range(1, 16) | s + s), 'a', reduce(t = 'x', i IN range(1, 16) | t + t))) AS n",
        "budget exceeded", "at line 1, column")]
    [InlineData("RETURN duration({k0: 0.0 / 0.0}) AS d", "runtime error ArgumentError.InvalidArgumentValue", "at line 1, column 8")]
    [InlineData("UNWIND [true, false] AS x RETURN avg(x) AS a", "runtime error TypeError.InvalidArgumentType", "at line 1, column 34")]
    public async Task A_hostile_query_ends_as_a_positioned_query_error_in_a_process_that_survives(string query, string outcome, string position)
    {
        var (exitCode, output) = await RunInChildAsync(query);

        Assert.True(exitCode == 0, $"exit code {exitCode}: {output}");
        Assert.StartsWith(outcome, output, StringComparison.Ordinal);
        Assert.Contains(position, output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunInChildAsync(string query)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "policygraph.dll"), "fuzz", "--seeds", _emptySeeds, "--timeout-ms", "60000", "--query", query])
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        return (child.ExitCode, await output + await error);
    }
}
