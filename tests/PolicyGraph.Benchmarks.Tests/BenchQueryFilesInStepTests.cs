namespace PolicyGraph.Benchmarks.Tests;

/// <summary>cypher/bench/second-lever.cypher copies queries of policy-queries.cypher: each copy must stay equal to its original.</summary>
public sealed class BenchQueryFilesInStepTests
{
    [Fact]
    public void Every_second_lever_query_equals_the_policy_query_of_its_name()
    {
        var originals = QueryFile.Load(PolicyGraph.Testing.RepositoryRoot.Combine("cypher", "bench", "policy-queries.cypher"))
            .ToDictionary(q => q.Name);
        var copies = QueryFile.Load(PolicyGraph.Testing.RepositoryRoot.Combine("cypher", "bench", "second-lever.cypher"));

        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            Assert.True(originals.TryGetValue(copy.Name, out var original), $"{copy.Name} is not in policy-queries.cypher");
            Assert.Equal(original.Cypher, copy.Cypher);
            Assert.Equal(original.Parameters.OrderBy(p => p.Key), copy.Parameters.OrderBy(p => p.Key));
        }
    }
}
