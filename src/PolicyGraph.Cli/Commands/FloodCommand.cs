using System.CommandLine;
using PolicyGraph.Benchmarks.Load;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>flood [--url http://127.0.0.1:5080] [--connections 64] [--seconds 60] [--query CYPHER] [--search-connections 16]
/// [--search TEXT] [--health-ms 20] [--timeout 5] [--pid PID] [--ceiling-mb 2048]</c>: floods a local web server's
/// console and prints /health, search, console, memory and recovery figures (the work is in Benchmarks/Load).
/// Exit code 1 when a "done when" check of the flood was missed.
/// </summary>
public sealed class FloodCommand : ICliCommand
{
    public string Name => "flood";

    public string Summary => "Load-test a local web server: console flood, /health probes and search; prints latencies, memory and recovery.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Text("--url", "URL", "The server's loopback address (default http://127.0.0.1:5080)."),
        CliOptions.Number("--connections", "N", "Console connections flooding the server."),
        CliOptions.Number("--seconds", "S", "How long the flood lasts."),
        CliOptions.Text("--query", "CYPHER", "The console query each flooding connection sends."),
        CliOptions.Number("--search-connections", "N", "Connections sending search requests during the flood."),
        CliOptions.Text("--search", "TEXT", "The search text."),
        CliOptions.Number("--health-ms", "MS", "Interval between /health probes."),
        CliOptions.Number("--timeout", "S", "The server's console timeout, to judge answers against 1.5x of it."),
        CliOptions.Number("--pid", "PID", "The server's process id, to read its resident memory."),
        CliOptions.Number("--ceiling-mb", "MB", "The resident-memory ceiling to check against."),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var url = args.Get("url", "http://127.0.0.1:5080");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
            throw new CliUsageException($"--url must be an absolute address such as http://127.0.0.1:5080, not '{url}'.");
        var defaults = new FloodOptions { BaseAddress = address };
        var options = defaults with
        {
            Connections = args.GetInt("connections", defaults.Connections),
            Duration = TimeSpan.FromSeconds(args.GetInt("seconds", (int)defaults.Duration.TotalSeconds)),
            ConsoleQuery = args.Get("query", defaults.ConsoleQuery),
            SearchConnections = args.GetInt("search-connections", defaults.SearchConnections),
            SearchText = args.Get("search", defaults.SearchText),
            HealthInterval = TimeSpan.FromMilliseconds(args.GetInt("health-ms", (int)defaults.HealthInterval.TotalMilliseconds)),
            ConsoleTimeout = TimeSpan.FromSeconds(args.GetInt("timeout", (int)defaults.ConsoleTimeout.TotalSeconds)),
            ServerProcessId = args.Has("pid") ? args.GetInt("pid", 0) : null,
            MemoryCeilingBytes = args.GetInt("ceiling-mb", (int)(defaults.MemoryCeilingBytes / (1024 * 1024))) * 1024L * 1024,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException invalid)
        {
            throw new CliUsageException(invalid.Message);
        }
        var report = await FloodRunner.RunAsync(options, cancellationToken: cancellationToken);
        report.Write(output);
        return report.Checks().All(c => c.Met != false) ? 0 : 1;
    }
}
