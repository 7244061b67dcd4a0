using System.CommandLine;
using System.Diagnostics;
using PolicyGraph.Benchmarks.Store;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>bench-store [--nodes N] [--dir DIR]</c>: builds a store from a generated graph of N nodes, then opens it in a
/// fresh process (<c>bench-store --open-only --dir DIR</c>) and prints both start-up figures.
/// </summary>
public sealed class BenchStoreCommand : ICliCommand
{
    public string Name => "bench-store";

    public string Summary => "Start-up of the store on disk: build a generated graph into it, then time opening it in a fresh process.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Number("--nodes", "N", "Nodes of the generated graph.", 500_000),
        CliOptions.Text("--dir", "DIR", "Store directory (default: a new temporary folder, removed afterwards)."),
        CliOptions.Switch("--open-only", "Only open the existing store in --dir and print the figures (what the parent runs as its child)."),
        CliOptions.Switch("--full-scan", "After the first query, read every record's properties and print the time and memory that takes."),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Has("open-only"))
        {
            StoreBenchmark.Write(output, await StoreBenchmark.OpenAsync(args.Require("dir"), args.Has("full-scan"), cancellationToken));
            return 0;
        }
        var nodes = args.GetInt("nodes", 500_000);
        if (nodes < 1) throw new CliUsageException("--nodes must be at least 1.");
        var directory = args.Get("dir") ?? Path.Combine(Path.GetTempPath(), "pg-bench-store-" + Guid.NewGuid().ToString("N"));
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new CliUsageException($"the store directory '{directory}' is not empty; give a new one.");
        try
        {
            StoreBenchmark.Write(output, await StoreBenchmark.BuildAsync(directory, nodes, cancellationToken));
            return await OpenInChildAsync(directory, output, error, cancellationToken);
        }
        finally
        {
            if (args.Get("dir") is null && Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<int> OpenInChildAsync(string directory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(BenchStoreCommand).Assembly.Location, "bench-store", "--open-only", "--dir", directory })
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet for the open measurement.");
        var childOutput = child.StandardOutput.ReadToEndAsync(cancellationToken);
        var childError = child.StandardError.ReadToEndAsync(cancellationToken);
        await child.WaitForExitAsync(cancellationToken);
        await output.WriteAsync(await childOutput);
        await error.WriteAsync(await childError);
        return child.ExitCode;
    }
}
