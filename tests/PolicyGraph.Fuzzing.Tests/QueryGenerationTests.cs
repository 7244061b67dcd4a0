namespace PolicyGraph.Fuzzing.Tests;

public class QueryGenerationTests
{
    private static readonly string[] Seeds = ["MATCH (a:A)-[:R]->(b:B) RETURN a.name, count(b) ORDER BY a.name LIMIT 3"];

    [Fact]
    public void The_same_seed_gives_the_same_queries()
    {
        Assert.Equal(FuzzQueries.Generate(7, 200, Seeds), FuzzQueries.Generate(7, 200, Seeds));
    }

    [Fact]
    public void Different_seeds_give_different_queries()
    {
        Assert.NotEqual(FuzzQueries.Generate(7, 50, Seeds), FuzzQueries.Generate(8, 50, Seeds));
    }

    [Fact]
    public void Both_generated_and_mutated_queries_are_produced()
    {
        // Enough queries that every family of the generator (hostile forms included) shows up whatever the random draws.
        var queries = FuzzQueries.Generate(3, 5000, Seeds).ToList();

        Assert.Contains(queries, q => q.StartsWith("MATCH ( a", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.StartsWith("RETURN ", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("reduce(acc = []", StringComparison.Ordinal));
    }
}
