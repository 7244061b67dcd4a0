using Newtonsoft.Json.Linq;

namespace PolicyGraph.Cli.Tests;

/// <summary>
/// Progress of a document load when standard error is not a terminal: plain lines, no terminal control codes, and
/// nothing at all beside JSON on standard output. The corpus is written by the test: many small documents.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private const int Documents = 30;

    private readonly string _folder = Directory.CreateTempSubdirectory("policygraph-progress-").FullName;

    public ProgressTests()
    {
        for (var i = 1; i <= Documents; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"notice-{i:D2}.txt"),
                $"关于推进第{i}批试点工作的若干措施\n\n一、加强组织领导\n各单位要落实第{i}项责任。\n二、完善工作机制\n建立协调机制。\n");
        }
    }

    [Fact]
    public async Task A_redirected_load_prints_plain_progress_lines_up_to_the_last_file()
    {
        var (exit, output, error) = await SeedFolder.RunCli("load", "--seeds", _folder);

        Assert.Equal(0, exit);
        Assert.Contains($"documents: {Documents} loaded", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(" files, ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 5, error);
        Assert.StartsWith($"{Documents}/{Documents} files", lines[^1]);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\r', error);
    }

    [Fact]
    public async Task Export_shows_the_same_progress_and_still_writes_the_graph()
    {
        var target = Path.Combine(_folder, "graph.json");

        var (exit, _, error) = await SeedFolder.RunCli("export", "--format", "json", "--out", target, "--seeds", _folder);

        Assert.Equal(0, exit);
        Assert.Contains($"{Documents}/{Documents} files", error);
        Assert.NotEmpty(JObject.Parse(File.ReadAllText(target))["nodes"]!);
    }

    [Fact]
    public async Task Json_on_standard_output_comes_without_progress_and_a_table_with_it()
    {
        const string query = "MATCH (d:Document) RETURN count(d) AS documents";
        var (jsonExit, json, jsonError) = await SeedFolder.RunCli("query", query, "--format", "json", "--seeds", _folder);
        var (_, _, tableError) = await SeedFolder.RunCli("query", query, "--seeds", _folder);

        Assert.Equal(0, jsonExit);
        Assert.Equal(Documents, (int)JObject.Parse(json)["rows"]![0]![0]!);
        Assert.DoesNotContain(" files, ", jsonError);
        Assert.Contains(" files, ", tableError);
    }

    [Fact]
    public async Task On_a_terminal_the_load_draws_a_bar_instead_of_lines()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["load", "--seeds", _folder], new CliConsole(output, error, ErrorIsTerminal: true), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains($"documents: {Documents} loaded", output.ToString());
        Assert.Contains("100%", error.ToString());
        Assert.DoesNotContain($"\n  {Documents}/{Documents} files", error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
