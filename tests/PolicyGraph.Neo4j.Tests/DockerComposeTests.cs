using PolicyGraph.Neo4j.Tests.Support;

namespace PolicyGraph.Neo4j.Tests;

/// <summary>docker-compose.yml is valid and wires Neo4j, the one-shot loader and the web app together.</summary>
public sealed class DockerComposeTests
{
    private static (int ExitCode, string Output) Config() => ExternalTool.Run(
        ExternalTool.Find("docker-compose")!, RepoPaths.Root,
        new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "compose-test-pw" },
        "-f", "docker-compose.yml", "config");

    [DockerComposeFact]
    public void The_compose_file_validates()
    {
        var (exitCode, output) = Config();

        Assert.True(exitCode == 0, output);
    }

    [DockerComposeFact]
    public void Neo4j_is_health_checked_and_the_loader_and_web_wait_for_it()
    {
        var (_, output) = Config();
        var services = Sections(output, "services:");

        Assert.Contains("image: neo4j:5-community", services["neo4j"]);
        Assert.Contains("healthcheck:", services["neo4j"]);
        Assert.Contains("cypher-shell", services["neo4j"]);
        Assert.Contains("- neo4j-data:/data", services["neo4j"]);
        Assert.Contains("condition: service_healthy", services["loader"]);
        Assert.Contains("condition: service_healthy", services["web"]);
        Assert.Contains("condition: service_completed_successfully", services["web"]);
    }

    [DockerComposeFact]
    public void The_loader_runs_the_cli_against_neo4j_and_the_web_app_is_configured_for_neo4j()
    {
        var (_, output) = Config();
        var services = Sections(output, "services:");

        Assert.Matches(@"command:\s+- load\s+- --target\s+- neo4j", services["loader"]);
        Assert.Contains("NEO4J_URI: http://neo4j:7474", services["loader"]);
        Assert.Contains("NEO4J_PASSWORD: compose-test-pw", services["loader"]);
        Assert.Contains("Graph__Backend: neo4j", services["web"]);
        Assert.Contains("Neo4j__Uri: http://neo4j:7474", services["web"]);
        Assert.Contains("Neo4j__Password: compose-test-pw", services["web"]);
        Assert.Contains("NEO4J_AUTH: neo4j/compose-test-pw", services["neo4j"]);
    }

    /// <summary>Splits the normalised config's "services:" block into one text per service (2-space indented keys).</summary>
    private static IReadOnlyDictionary<string, string> Sections(string config, string header)
    {
        var lines = config.Split('\n');
        var start = Array.IndexOf(lines, header) + 1;
        var result = new Dictionary<string, string>();
        string? current = null;
        for (var i = start; i < lines.Length && (lines[i].StartsWith(' ') || lines[i].Length == 0); i++)
        {
            if (lines[i].StartsWith("  ") && !lines[i].StartsWith("   ")) current = lines[i].Trim().TrimEnd(':');
            else if (current is not null) result[current] = result.GetValueOrDefault(current, "") + lines[i] + "\n";
        }
        return result;
    }
}
