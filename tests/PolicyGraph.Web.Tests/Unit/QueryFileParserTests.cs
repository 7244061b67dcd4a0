using PolicyGraph.Web.Queries;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

public class QueryFileParserTests
{
    [Fact]
    public void Header_gives_titles_answers_parameters_and_links()
    {
        const string text = """
            // @title 协同 | Co-responsibility
            // @answers Which agencies work together?
            // @answers-zh 哪些机构一起工作？
            // @param minShared int = 2 smallest number of shared measures
            // @param zone string = null zone id or name
            // @param agency string agency id
            // @link a -> b CO_RESPONSIBLE shared
            MATCH (a)-->(b) RETURN a, b, 1 AS shared
            """;

        var query = QueryFileParser.Parse("co", "co.cypher", text);

        Assert.Equal(("协同", "Co-responsibility"), (query.TitleZh, query.TitleEn));
        Assert.Equal("Which agencies work together?", query.Answers);
        Assert.Equal("哪些机构一起工作？", query.AnswersZh);
        Assert.Equal(new QueryParameter("minShared", ParameterType.Integer, false, 2L, "smallest number of shared measures"), query.Parameters[0]);
        Assert.Equal(new QueryParameter("zone", ParameterType.String, false, null, "zone id or name"), query.Parameters[1]);
        Assert.True(query.Parameters[2].Required);
        Assert.Equal(new QueryLink("a", "b", "CO_RESPONSIBLE", "shared"), Assert.Single(query.Links));
        Assert.Equal("MATCH (a)-->(b) RETURN a, b, 1 AS shared", query.Cypher);
    }

    [Theory]
    [InlineData("// @title A | B\n// @answers x\n// @colour red\nRETURN 1", 3, "unknown header key '@colour'")]
    [InlineData("// @title A | B\n// @answers x\n// @param n decimal\nRETURN 1", 3, "unknown parameter type 'decimal'")]
    [InlineData("// @title A | B\n// @answers x\n// @param n int = many\nRETURN 1", 3, "default 'many' is not a valid int")]
    [InlineData("// @title A | B\n// @answers x\n// @link a b\nRETURN 1", 3, "expected '@link sourceColumn -> targetColumn")]
    [InlineData("// @title A | B\n// @answers x\n", 3, "no Cypher text")]
    [InlineData("// @title A | B\n// @answers x\n\n// only a comment\n", 5, "no Cypher text")]
    [InlineData("// @answers x\nRETURN 1", 1, "needs '// @title")]
    [InlineData("// @title A | B\n// @answers x\nRETURN 1\n;\nRETURN 2", 5, "a second statement")]
    public void Bad_header_names_file_and_line(string text, int line, string problem)
    {
        var error = Assert.Throws<QueryFileException>(() => QueryFileParser.Parse("q", "q.cypher", text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"q.cypher:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_named_query_parses_and_documents_itself()
    {
        var catalog = NamedQueryCatalog.Load(RepositoryPaths.Queries);

        string[] expected = ["agencies-ranked", "agency-portfolio", "body-annex-disagreement", "co-responsibility",
            "document-coverage", "document-outline", "innovation-spread", "recurring-measures", "responsibility-roles", "shortest-path",
            "zone-applicability"];
        Assert.Equal(expected, catalog.Queries.Select(q => q.Name));
        Assert.All(catalog.Queries, q =>
        {
            Assert.NotEqual(q.TitleZh, q.TitleEn);
            Assert.Contains("?", q.Answers, StringComparison.Ordinal);
            Assert.Contains("？", q.AnswersZh, StringComparison.Ordinal);
            Assert.All(q.Parameters, p => Assert.Contains("$" + p.Name, q.Cypher, StringComparison.Ordinal));
        });
    }
}
