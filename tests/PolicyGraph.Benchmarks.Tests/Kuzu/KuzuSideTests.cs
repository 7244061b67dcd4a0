using Newtonsoft.Json.Linq;
using PolicyGraph.Benchmarks.Kuzu;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;

namespace PolicyGraph.Benchmarks.Tests.Kuzu;

/// <summary>Runs only where <c>npm ci</c> has installed Kuzu in tools/kuzu-bench and node is on the path.</summary>
public sealed class KuzuFactAttribute : FactAttribute
{
    public KuzuFactAttribute()
    {
        if (KuzuSideTests.Script() is null)
            Skip = "tools/kuzu-bench/node_modules/kuzu is not installed (run 'npm ci' in tools/kuzu-bench) or node is not on the path.";
    }
}

/// <summary>
/// Kuzu's side of bench-kuzu (tools/kuzu-bench/kuzu-bench.mjs) on a tiny generated graph: it loads the CSV export,
/// runs the queries with the warm-up our side uses, and returns the rows our engine returns.
/// </summary>
public sealed class KuzuSideTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "pg-kuzu-side-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }

    /// <summary>kuzu-bench.mjs, found above the test's directory, when its node modules and node are there.</summary>
    public static string? Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var tool = Path.Combine(directory.FullName, "tools", "kuzu-bench");
            if (!File.Exists(Path.Combine(tool, "kuzu-bench.mjs"))) continue;
            var node = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Any(p => p.Length > 0 && (File.Exists(Path.Combine(p, "node")) || File.Exists(Path.Combine(p, "node.exe"))));
            return node && Directory.Exists(Path.Combine(tool, "node_modules", "kuzu")) ? Path.Combine(tool, "kuzu-bench.mjs") : null;
        }
        return null;
    }

    private static readonly Dictionary<string, object?> NoParameters = [];

    private static PropertyGraph TinyGraph(int seed)
    {
        var random = new Random(seed);
        var sections = Enumerable.Range(0, 5).Select(i => new GraphNode($"s{i}", ["Section"], new Dictionary<string, object> { ["level"] = (long)(i % 3) })).ToArray();
        var measures = Enumerable.Range(0, 40).Select(i => new GraphNode($"m{i}", ["Measure"], new Dictionary<string, object>
        {
            ["title"] = $"措施{random.Next(10)}",
            ["score"] = (long)random.Next(100),
        })).ToArray();
        var contains = measures.Select((m, i) => new GraphRelationship($"c{i}", "CONTAINS", sections[random.Next(sections.Length)].Id, m.Id,
            new Dictionary<string, object>()));
        return new PropertyGraph([.. sections, .. measures], [.. contains]);
    }

    [KuzuFact]
    public async Task Kuzu_side_loads_the_export_and_returns_the_rows_our_engine_returns()
    {
        var graph = TinyGraph(11);
        BenchQuery[] queries =
        [
            new("per-level", "MATCH (s:Section)-[:CONTAINS]->(m:Measure) RETURN s.level AS level, count(m) AS measures ORDER BY level", NoParameters, 1),
            new("high-scores", "MATCH (m:Measure) WHERE m.score >= 50 RETURN m.id AS id, m.title AS title", NoParameters, 2),
        ];
        var node = new ChildCommand("node", [Script()!]);
        KuzuCsvExport.Write(graph, Path.Combine(_work, "csv"));
        await SideBySide.RunChildAsync(node, ["load", "--layout", Path.Combine(_work, "csv"), "--db", Path.Combine(_work, "db")], CancellationToken.None);
        var queriesPath = Path.Combine(_work, "queries.json");
        File.WriteAllText(queriesPath, SideBySide.KuzuQueries(queries, new Dictionary<string, BenchQuery>()).ToString());
        var kuzuPath = Path.Combine(_work, "kuzu.json");
        await SideBySide.RunChildAsync(node,
            ["run", "--db", Path.Combine(_work, "db"), "--queries", queriesPath, "--reps", "2", "--out", kuzuPath,
             .. SideBySide.KuzuWarmupArguments(WarmupPolicy.Exactly(3))], CancellationToken.None);

        await using (var store = EmbeddedGraphBackend.Open(Path.Combine(_work, "store")))
        {
            await store.ImportAsync(graph);
            store.Checkpoint();
        }
        var ours = await EngineSide.RunAsync(Path.Combine(_work, "store"), queries, 2, workers: 1, CancellationToken.None);
        var kuzu = JObject.Parse(File.ReadAllText(kuzuPath));
        var report = new SideBySideReport(queries, ours, kuzu, 0, 0);

        Assert.All(report.Queries, q => Assert.Null(q.Difference));
        Assert.All(report.Queries, q => Assert.True(q.Rows > 0, $"{q.Name} returned no rows"));
        Assert.All(kuzu["queries"]!, q => Assert.Equal(3, q.Value<int>("warmupRuns")));
        Assert.Equal(1, ours.Value<int>("threads"));
    }
}
