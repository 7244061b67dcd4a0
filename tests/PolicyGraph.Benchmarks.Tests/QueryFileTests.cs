using PolicyGraph.Benchmarks;

namespace PolicyGraph.Benchmarks.Tests;

public sealed class QueryFileTests
{
    private const string Sample = """
        // A comment before everything.
        // name: portfolio
        // params: {"name": "福州市商务局", "limit": 10, "min": 0.5, "tags": ["a", 1], "opts": {"deep": true}}
        MATCH (a:Agency {name: $name})-[:RESPONSIBLE_FOR]->(m)
        RETURN m.title LIMIT $limit
        ;

        // name: count
        MATCH (n) RETURN count(n)
        ;
        // name: last-without-semicolon
        RETURN 1
        """;

    [Fact]
    public void Reads_names_text_lines_and_parameters()
    {
        var queries = QueryFile.Parse(Sample, "q.cypher");
        Assert.Equal(["portfolio", "count", "last-without-semicolon"], queries.Select(q => q.Name));
        var portfolio = queries[0];
        Assert.Equal("MATCH (a:Agency {name: $name})-[:RESPONSIBLE_FOR]->(m)\nRETURN m.title LIMIT $limit", portfolio.Cypher);
        Assert.Equal(4, portfolio.Line);
        Assert.Equal("福州市商务局", portfolio.Parameters["name"]);
        Assert.Equal(10L, portfolio.Parameters["limit"]);
        Assert.Equal(0.5, portfolio.Parameters["min"]);
        Assert.Equal(new object?[] { "a", 1L }, Assert.IsAssignableFrom<IEnumerable<object?>>(portfolio.Parameters["tags"]));
        var opts = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(portfolio.Parameters["opts"]);
        Assert.Equal(true, opts["deep"]);
        Assert.Empty(queries[1].Parameters);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n\n;\n", 1, "no '// name:'")]
    [InlineData("// name: a\nRETURN 1\n;\n// name: a\nRETURN 2\n", 5, "used twice")]
    [InlineData("// name: a\n// params: {oops\nRETURN 1\n", 2, "not a JSON object")]
    [InlineData("// name: a\n;\n", 1, "no Cypher text")]
    [InlineData("// name: a\nRETURN 1\n// name: b\nRETURN 2\n", 3, "not closed")]
    public void Errors_name_file_and_line(string text, int line, string message)
    {
        var error = Assert.Throws<QueryFileException>(() => QueryFile.Parse(text, "bad.cypher"));
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"bad.cypher:{line}:", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_shipped_query_file_parses_and_covers_the_required_shapes()
    {
        var path = PolicyGraph.Testing.RepositoryRoot.Combine("cypher", "bench", "policy-queries.cypher");
        var queries = QueryFile.Load(path);
        Assert.True(queries.Count >= 7);
        var text = string.Join("\n", queries.Select(q => q.Cypher));
        Assert.Contains("CONTAINS", text);
        Assert.Matches(@"\*\d*\.\.\d+", text);
        Assert.Contains("count(", text);
    }

    [Fact]
    public void Only_keeps_the_named_queries_in_file_order()
    {
        var queries = QueryFile.Parse(Sample, "q.cypher");

        var chosen = QueryFile.Only(queries, "last-without-semicolon, portfolio", "q.cypher");

        Assert.Equal(["portfolio", "last-without-semicolon"], chosen.Select(q => q.Name));
        Assert.Same(queries, QueryFile.Only(queries, null, "q.cypher"));
    }

    [Theory]
    [InlineData("count,nope", "'nope'")]
    [InlineData(",", "''")]
    public void Only_refuses_a_name_the_file_does_not_have_and_names_the_file(string names, string named)
    {
        var queries = QueryFile.Parse(Sample, "q.cypher");

        var error = Assert.Throws<ArgumentException>(() => QueryFile.Only(queries, names, "q.cypher"));

        Assert.Contains("q.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
