using PolicyGraph.Web.Endpoints;
using PolicyGraph.Web.Views;

namespace PolicyGraph.Web.Tests.Views;

/// <summary>A line holding only ';' ends a statement in a saved view's file: a closing one is dropped, any other refused.</summary>
public class SaveViewValidationTests
{
    private static (Queries.NamedQuery? View, SaveViewProblem? Problem) Validate(string query) =>
        SaveViewValidation.Validate("v", new SaveViewRequest("视图", null, "what", null, query, null), new SavedViewOptions(), 2000);

    [Fact]
    public void A_query_typed_with_a_closing_semicolon_line_is_saved_without_it_and_reads_back_unchanged()
    {
        var (view, problem) = Validate("MATCH (n)\nRETURN count(n) AS nodes\n  ;  \n");

        Assert.Null(problem);
        Assert.Equal("MATCH (n)\nRETURN count(n) AS nodes", view!.Cypher);
        Assert.True(SavedViewEndpoints.ReadsBackUnchanged("v", view));
    }

    [Fact]
    public void A_semicolon_line_before_the_end_is_refused_naming_its_line()
    {
        var (view, problem) = Validate("MATCH (n)\n;\nRETURN count(n) AS nodes");

        Assert.Null(view);
        Assert.Equal(400, problem!.Status);
        Assert.Contains("Line 2 holds only ';'", problem.Detail, StringComparison.Ordinal);
    }
}
