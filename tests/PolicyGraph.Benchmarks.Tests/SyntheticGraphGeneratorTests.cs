using PolicyGraph.Benchmarks.Synthetic;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Benchmarks.Tests;

public sealed class SyntheticGraphGeneratorTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(1_000)]
    [InlineData(5_003)]
    public void Produces_exactly_the_requested_node_count(int nodes) =>
        Assert.Equal(nodes, SyntheticGraphGenerator.Generate(nodes, seed: 1).Nodes.Count);

    [Fact]
    public void Same_seed_gives_the_same_graph_and_another_seed_does_not()
    {
        var a = Fingerprint(SyntheticGraphGenerator.Generate(2_000, seed: 7));
        var b = Fingerprint(SyntheticGraphGenerator.Generate(2_000, seed: 7));
        var c = Fingerprint(SyntheticGraphGenerator.Generate(2_000, seed: 8));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Has_policy_shaped_labels_and_relationship_ratios()
    {
        var graph = SyntheticGraphGenerator.Generate(10_000, seed: 3);
        var labels = graph.Nodes.GroupBy(n => n.Labels[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(50, labels["Agency"]);
        Assert.Equal(10, labels["Zone"]);
        Assert.Equal(200, labels["Document"]);
        Assert.Equal(800, labels["Section"]);
        Assert.Equal(8_940, labels["Measure"]);
        var types = graph.Relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2 * labels["Measure"], types["CONTAINS"]);
        Assert.Equal(labels["Section"], types["HAS_SECTION"]);
        Assert.InRange(types["RESPONSIBLE_FOR"], 1.4 * labels["Measure"], 2.0 * labels["Measure"]);
        Assert.InRange(types["APPLIES_IN"], 0.8 * labels["Measure"], 1.1 * labels["Measure"]);
        Assert.InRange(types["SIMILAR_TO"], 0.03 * labels["Measure"], 0.07 * labels["Measure"]);
        Assert.Contains("CITES", types.Keys);
        Assert.InRange(graph.Nodes.Count(n => n.HasLabel("Innovation")), 0.07 * labels["Measure"], 0.13 * labels["Measure"]);
    }

    [Fact]
    public void Agency_popularity_is_heavily_skewed()
    {
        var graph = SyntheticGraphGenerator.Generate(20_000, seed: 5);
        var perAgency = graph.Relationships.Where(r => r.Type == "RESPONSIBLE_FOR")
            .GroupBy(r => r.StartId).Select(g => g.Count()).OrderDescending().ToArray();
        var topTenth = perAgency.Take(perAgency.Length / 10).Sum();
        Assert.True(topTenth > 0.4 * perAgency.Sum(), $"top 10% of agencies hold {topTenth} of {perAgency.Sum()}");
    }

    [Fact]
    public void Follows_the_id_scheme_and_the_property_model()
    {
        var graph = SyntheticGraphGenerator.Generate(500, seed: 2);
        Assert.All(graph.Nodes, n => Assert.Matches(@"^(document:[0-9a-f]{16}|section:[0-9a-f]{16}:[\d.]+|measure:[0-9a-f]{16}:\d+|agency:.+|zone:.+)$", n.Id));
        Assert.All(graph.Relationships, r => Assert.Equal($"{r.Type}:{r.StartId}->{r.EndId}", r.Id));
        var allowed = new[] { typeof(string), typeof(long), typeof(double), typeof(bool), typeof(string[]) };
        Assert.All(graph.Nodes.SelectMany(n => n.Properties.Values).Concat(graph.Relationships.SelectMany(r => r.Properties.Values)),
            v => Assert.Contains(v.GetType(), allowed));
        Assert.All(graph.Relationships.Where(r => r.Type == "SIMILAR_TO"),
            r => Assert.NotEqual(r.StartId.Split(':')[1], r.EndId.Split(':')[1]));
        Assert.Contains(graph.Nodes, n => n.HasLabel("Agency") && ((string)n.Properties["name"]).EndsWith("局"));
    }

    [Fact]
    public void Too_few_nodes_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGraphGenerator.Generate(5));

    private static string Fingerprint(PropertyGraph graph) => string.Join("\n",
        graph.Nodes.Select(n => $"{n.Id}|{string.Join(":", n.Labels)}|{string.Join(";", n.Properties.Select(p => $"{p.Key}={Show(p.Value)}"))}")
            .Concat(graph.Relationships.Select(r => $"{r.Id}|{string.Join(";", r.Properties.Select(p => $"{p.Key}={Show(p.Value)}"))}")));

    private static string Show(object value) =>
        value is string[] items ? string.Join(",", items) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
}

public sealed class SyntheticGraphCsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pg-gen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Generated_graph_round_trips_through_csv_and_writes_identical_files_for_a_seed()
    {
        var graph = SyntheticGraphGenerator.Generate(3_000, seed: 11);
        var files = PolicyGraph.Export.Csv.CsvGraphWriter.Write(graph, Path.Combine(_dir, "a"));
        var again = PolicyGraph.Export.Csv.CsvGraphWriter.Write(SyntheticGraphGenerator.Generate(3_000, seed: 11), Path.Combine(_dir, "b"));
        Assert.Equal(files.Select(File.ReadAllBytes), again.Select(File.ReadAllBytes));
        var back = PolicyGraph.Export.Csv.CsvGraphReader.Read(
            files.Where(f => Path.GetFileName(f).StartsWith("nodes_")), files.Where(f => Path.GetFileName(f).StartsWith("rels_")));
        Assert.Equal(graph.Nodes.Count, back.Nodes.Count);
        Assert.Equal(graph.Relationships.Select(r => r.Id).Order(), back.Relationships.Select(r => r.Id).Order());
        var original = graph.Nodes.First(n => n.HasLabel("Innovation"));
        var read = back.FindNode(original.Id)!;
        Assert.Equal(original.Labels, read.Labels);
        Assert.Equal(original.Properties.Keys.Order(), read.Properties.Keys.Order());
        Assert.Equal(original.Properties["seq"], read.Properties["seq"]);
        Assert.Equal(original.Properties["text"], read.Properties["text"]);
    }
}
