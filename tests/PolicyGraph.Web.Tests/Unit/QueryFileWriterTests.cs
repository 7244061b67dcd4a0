using PolicyGraph.Web.Queries;
using PolicyGraph.Web.Tests.Support;
using PolicyGraph.Web.Views;

namespace PolicyGraph.Web.Tests.Unit;

/// <summary>The writer of saved views and the parser of cypher/queries are one format: what one writes the other reads.</summary>
public class QueryFileWriterTests
{
    public static TheoryData<string> QueryFiles() => new(Directory.EnumerateFiles(RepositoryPaths.Queries, "*.cypher").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public void Every_ready_made_view_written_out_parses_back_to_the_same_view(string file)
    {
        var original = QueryFileParser.Parse(file, file, File.ReadAllText(Path.Combine(RepositoryPaths.Queries, file)));

        var again = QueryFileParser.Parse(file, file, QueryFileWriter.Write(original));

        Assert.Equal((original.TitleZh, original.TitleEn, original.Answers, original.AnswersZh, original.Cypher),
            (again.TitleZh, again.TitleEn, again.Answers, again.AnswersZh, again.Cypher));
        Assert.Equal(original.Parameters, again.Parameters);
        Assert.Equal(original.Links, again.Links);
    }

    [Fact]
    public void A_query_starting_with_a_comment_keeps_it_as_query_text()
    {
        var view = new NamedQuery("v", "视图", "View", "", "", [new QueryParameter("rate", ParameterType.Float, false, 0.5, "")], [],
            "// @title not a header line\nRETURN $rate AS r", "v");

        var again = QueryFileParser.Parse("v", "v", QueryFileWriter.Write(view));

        Assert.Equal(("视图", view.Cypher), (again.TitleZh, again.Cypher));
        Assert.Equal(0.5, again.Parameters[0].Default);
    }

    [Theory]
    [InlineData("a/b\\c.d", "a-b-c-d")]
    [InlineData("  政策  视图 ", "政策-视图")]
    [InlineData("..", "")]
    [InlineData("Agency_Portfolio-2", "agency_portfolio-2")]
    public void View_names_keep_letters_digits_dash_and_underscore_only(string name, string expected)
    {
        Assert.Equal(expected, SavedViewNames.Sanitise(name));
        Assert.Equal(expected.Length > 0, SavedViewNames.IsSanitised(expected));
    }
}
