using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Tests.Graph;

/// <summary>Where the reader highlights a fact: its own words, else the clause stating it (exact text), else nowhere.</summary>
public class FactPlacementTests
{
    private const string Clause = "（责任单位：市商务局，甲区、乙区人民政府）";
    private static readonly string[] Lines = ["一、总则", "（一）推进试点。" + Clause, ""];

    private static DocumentFact Unit(string text, string? quote) =>
        new("unit", 2, 2, text, "RESPONSIBLE_FOR:x->y", "measure:1", null, "body", []) { Quote = quote };

    [Fact]
    public void A_unit_named_as_written_is_highlighted_on_its_words()
    {
        var placed = DocumentFactReader.Place(Unit("市商务局", Clause), Lines);

        var span = Assert.Single(placed.Spans);
        Assert.Equal("市商务局", Lines[1][span.Start..span.End]);
        Assert.Equal(FactLocation.Text, placed.Located);
    }

    [Fact]
    public void A_unit_the_text_names_only_through_a_shared_suffix_is_highlighted_by_the_clause_stating_it()
    {
        var placed = DocumentFactReader.Place(Unit("甲区人民政府", Clause), Lines);

        var span = Assert.Single(placed.Spans);
        Assert.Equal((2, Clause), (span.Line, Lines[1][span.Start..span.End]));
        Assert.Equal(FactLocation.Quote, placed.Located);
    }

    [Fact]
    public void A_clause_the_source_wraps_over_a_blank_line_is_highlighted_on_both_lines()
    {
        string[] wrapped = ["（一）推进试点。（责任单位：市商务局，甲区、", "", "乙区人民政府）"];

        var placed = DocumentFactReader.Place(Unit("甲区人民政府", Clause) with { Line = 1, EndLine = 1 }, wrapped);

        Assert.Equal(FactLocation.Quote, placed.Located);
        Assert.Equal([(1, "（责任单位：市商务局，甲区、"), (3, "乙区人民政府）")],
            placed.Spans.Select(span => (span.Line, wrapped[span.Line - 1][span.Start..span.End])));
    }

    [Fact]
    public void A_clause_that_is_only_similar_to_the_line_is_not_used_and_the_fact_is_not_located()
    {
        var similar = Clause.Replace("：", ":", StringComparison.Ordinal);

        var placed = DocumentFactReader.Place(Unit("甲区人民政府", similar), Lines);

        Assert.Empty(placed.Spans);
        Assert.Equal(FactLocation.None, placed.Located);
    }

    [Fact]
    public void A_fact_without_a_clause_whose_words_are_missing_is_not_located()
    {
        var placed = DocumentFactReader.Place(Unit("丙区人民政府", null), Lines);

        Assert.Empty(placed.Spans);
        Assert.Equal(FactLocation.None, placed.Located);
    }

    [Fact]
    public void A_fact_on_a_line_past_the_end_of_the_text_is_not_located()
    {
        var placed = DocumentFactReader.Place(Unit("市商务局", Clause) with { Line = 9, EndLine = 9 }, Lines);

        Assert.Equal(FactLocation.None, placed.Located);
    }
}
