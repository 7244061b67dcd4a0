using System.Diagnostics;

namespace PolicyGraph.Neo4j.Tests.Support;

/// <summary>Finds and runs command-line tools the tests need (node, docker-compose).</summary>
internal static class ExternalTool
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] arguments) =>
        Run(program, workingDirectory, new Dictionary<string, string>(), arguments);

    public static (int ExitCode, string Output) Run(
        string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within 2 minutes.");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>
/// A fact that needs node and the installed lint package; its Skip is computed when xunit discovers the test
/// (xunit 2 has no dynamic skip), so a machine without them reports the test as skipped, never as passed.
/// </summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        if (ExternalTool.Find("node") is null)
            Skip = "node is not on PATH; install Node.js 20+ to lint the Cypher files.";
        else if (!Directory.Exists(RepoPaths.Combine("tools", "cypher-lint", "node_modules", "@neo4j-cypher", "language-support")))
            Skip = "The lint package is not installed; run: npm ci --prefix tools/cypher-lint";
    }
}

/// <summary>A fact that needs the docker-compose binary; skipped (with the reason) where it is absent.</summary>
public sealed class DockerComposeFactAttribute : FactAttribute
{
    public DockerComposeFactAttribute()
    {
        if (ExternalTool.Find("docker-compose") is null)
            Skip = "docker-compose is not on PATH; install it (apt-get install docker-compose) to validate docker-compose.yml.";
    }
}
