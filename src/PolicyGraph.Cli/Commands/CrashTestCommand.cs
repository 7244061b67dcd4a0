using System.CommandLine;
using PolicyGraph.Cli.CrashTesting;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>crash-test [--kills N] [--variants V] [--seed S] [--seeds DIR] [--work DIR]</c>: kills a child <c>load --data</c>
/// N times at random points and checks that the store always reopens at a committed state; prints kills,
/// recoveries and documents lost. Exit code 1 when any document was lost, torn or orphaned.
/// </summary>
public sealed class CrashTestCommand : ICliCommand
{
    public string Name => "crash-test";

    public string Summary => "SIGKILL a child 'load --data' at random points, many times, and check the store after each crash.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Number("--kills", "N", "How many times to kill the loading child process.", 100),
        CliOptions.Number("--variants", "V", "Variants made of each .txt/.md document (more variants, longer loads).", 8),
        CliOptions.Number("--seed", "S", "Seed of the random kill points.", 1),
        CliOptions.Seeds(),
        CliOptions.Text("--work", "DIR", "Folder for the documents and stores (default: a new temporary folder, removed afterwards)."),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var kills = args.GetInt("kills", 100);
        var variants = args.GetInt("variants", 8);
        if (kills < 1 || variants < 1) throw new CliUsageException("--kills and --variants must be at least 1.");
        var work = args.Get("work") ?? Path.Combine(Path.GetTempPath(), "pg-crash-" + Guid.NewGuid().ToString("N"));
        var cli = typeof(CrashTestCommand).Assembly.Location;
        try
        {
            var test = new StoreCrashTest(cli, args.SeedsDirectory, work, args.GetInt("seed", 1), output);
            var report = await test.RunAsync(kills, variants, cancellationToken);
            return report.Passed ? 0 : 1;
        }
        finally
        {
            if (args.Get("work") is null && Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }
}
