using PolicyGraph.Core.Querying;
using PolicyGraph.Tck.Tests.Execution;
using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Tck.Tests.RunnerTests;

public sealed class SideEffectsTests
{
    [Fact]
    public void Table_lists_only_non_zero_counters()
    {
        var effects = SideEffects.FromTable(new DataTable([["+nodes", "2"], ["-labels", "1"]]));
        Assert.Equal(new SideEffects(NodesAdded: 2, LabelsRemoved: 1), effects);
    }

    [Fact]
    public void Unknown_counter_is_an_error() =>
        Assert.Throws<FormatException>(() => SideEffects.FromTable(new DataTable([["+widgets", "1"]])));

    [Fact]
    public void Overwriting_a_property_removes_one_triple_and_adds_one()
    {
        var before = Snapshot(["n1"], [], ["n1|num|1"], ["A"]);
        var after = Snapshot(["n1"], [], ["n1|num|2"], ["A"]);
        Assert.Equal(new SideEffects(PropertiesAdded: 1, PropertiesRemoved: 1), GraphSnapshot.Difference(before, after));
    }

    [Fact]
    public void Labels_count_distinct_names_in_the_graph()
    {
        var before = Snapshot(["n1"], [], [], ["A"]);
        var after = Snapshot(["n1", "n2", "n3"], ["r1"], [], ["A", "B"]);
        Assert.Equal(new SideEffects(NodesAdded: 2, RelationshipsAdded: 1, LabelsAdded: 1),
            GraphSnapshot.Difference(before, after));
    }

    [Fact]
    public void Deleting_everything_counts_removals()
    {
        var before = Snapshot(["n1", "n2"], ["r1"], ["n1|k|1"], ["A"]);
        var after = Snapshot([], [], [], []);
        Assert.Equal(new SideEffects(NodesRemoved: 2, RelationshipsRemoved: 1, PropertiesRemoved: 1, LabelsRemoved: 1),
            GraphSnapshot.Difference(before, after));
    }

    [Theory]
    [InlineData("a SyntaxError should be raised at compile time: UndefinedVariable", "SyntaxError", QueryPhase.CompileTime, "UndefinedVariable")]
    [InlineData("an ArgumentError should be raised at runtime: NumberOutOfRange", "ArgumentError", QueryPhase.Runtime, "NumberOutOfRange")]
    [InlineData("a TypeError should be raised at any time: *", "TypeError", null, "*")]
    public void Error_steps_parse(string text, string category, QueryPhase? phase, string detail)
    {
        Assert.True(ErrorExpectation.TryParse(text, out var expectation));
        Assert.Equal(new ErrorExpectation(category, phase, detail), expectation);
    }

    [Fact]
    public void Error_comparison_checks_category_detail_and_phase()
    {
        ErrorExpectation.TryParse("a TypeError should be raised at any time: *", out var anyTime);
        ErrorExpectation.TryParse("a SyntaxError should be raised at compile time: UndefinedVariable", out var exact);
        var runtimeType = new CypherException("TypeError", "InvalidArgumentType", QueryPhase.Runtime, "bad");
        var compileSyntax = new CypherException("SyntaxError", "UndefinedVariable", QueryPhase.CompileTime, "x");
        Assert.Null(anyTime.Mismatch(runtimeType));
        Assert.NotNull(anyTime.Mismatch(compileSyntax));
        Assert.Null(exact.Mismatch(compileSyntax));
        Assert.Contains("phase", exact.Mismatch(new CypherException("SyntaxError", "UndefinedVariable", QueryPhase.Runtime, "x")));
        Assert.Contains("detail", exact.Mismatch(new CypherException("SyntaxError", "VariableAlreadyBound", QueryPhase.CompileTime, "x")));
    }

    private static GraphSnapshot Snapshot(string[] nodes, string[] rels, string[] triples, string[] labels) =>
        new(nodes.ToHashSet(), rels.ToHashSet(), triples.ToHashSet(), labels.ToHashSet());
}
