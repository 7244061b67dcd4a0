using PolicyGraph.Ingest.Tests.Extraction;

namespace PolicyGraph.Ingest.Tests.Building;

public class RequirementAndCoverageGraphTests
{
    private static readonly Lazy<IngestResult> Notice = new(() => TestCorpus.LoadTexts(("notice.txt", AnyLayoutDocuments.NationalNotice)));

    [Fact]
    public void Requirements_are_nodes_of_their_own_hanging_off_document_and_section()
    {
        var graph = Notice.Value.Graph;
        var requirements = graph.Nodes.Where(n => n.HasLabel("Requirement")).ToList();
        Assert.Equal(["加强组织领导", "强化督促落实"], requirements.Select(r => (string)r["title"]!));
        Assert.All(requirements, r => Assert.False(r.HasLabel("Measure")));
        Assert.All(requirements, r => Assert.Equal("notice.txt", r["sourceFile"]));
        Assert.All(requirements, r => Assert.Equal(2, graph.Relationships.Count(e => e.Type == "CONTAINS" && e.EndId == r.Id)));
        Assert.Equal(3, graph.Nodes.Count(n => n.HasLabel("Measure")));
    }

    [Fact]
    public void Every_item_node_has_a_key_unique_in_its_document()
    {
        var keys = Notice.Value.Graph.Nodes.Where(n => n.HasLabel("Measure") || n.HasLabel("Requirement")).Select(n => (string)n["key"]!).ToList();
        Assert.Equal(5, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Coverage_counts_items_and_rows_of_every_document()
    {
        var result = TestCorpus.LoadTexts(("notice.txt", AnyLayoutDocuments.NationalNotice), ("tables.txt", AnyLayoutDocuments.OtherColumnNames));
        var coverage = result.Consistency.Coverage.ToDictionary(c => c.SourceFile);
        Assert.Equal((5, 3, 2, 0, 0), (coverage["notice.txt"].ItemsFound, coverage["notice.txt"].Measures, coverage["notice.txt"].Requirements,
            coverage["notice.txt"].Reported, coverage["notice.txt"].TableRows));
        Assert.Equal((5, 5, 0, 5), (coverage["tables.txt"].TableRows, coverage["tables.txt"].RowsStandalone, coverage["tables.txt"].RowsDropped,
            coverage["tables.txt"].ItemsWithAgency));
    }

    [Fact]
    public void Level_word_names_left_unqualified_in_a_document_of_unknown_jurisdiction_are_counted()
    {
        const string body = "关于印发会展工作实施方案的通知\n\n一、重点任务\n\n（一）推进试点。开展相关工作。（责任单位：市商务局、市财政局、市场监管局、青云海关）\n";
        // No issuer stated: 市商务局 and 市财政局 stay as written; 市场监管局 starts with 市场, a word, not the level word 市.
        var unknown = TestCorpus.LoadTexts(("unknown.txt", body)).Consistency;
        Assert.Equal(2, Assert.Single(unknown.JurisdictionUnknown).UnqualifiedLevelNames);
        Assert.Empty(TestCorpus.LoadTexts(("known.txt", "福州市人民政府办公室" + body)).Consistency.JurisdictionUnknown);
    }

    [Theory]
    [InlineData("青云市人民政府办公室关于印发会展工作实施方案的通知\n", "青云市商务局")]
    [InlineData("会展工作实施方案\n", "市商务局")]
    public void A_place_the_registry_lacks_is_taken_from_the_issuer_the_text_states(string head, string canonical)
    {
        var text = head + "\n一、重点任务\n\n（一）推进试点。开展相关工作。（责任单位：市商务局）\n";
        var result = TestCorpus.LoadTexts(("issuer.txt", text));
        var names = result.Graph.Nodes.Where(n => n.HasLabel("Agency")).Select(n => (string)n["name"]!);
        Assert.Equal([canonical], names.Where(n => n.EndsWith("商务局", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_document_naming_a_units_column_whose_graph_holds_no_agency_is_flagged()
    {
        const string text = "某市工作安排\n\n一、重点任务\n\n1.推行一网通办，实现网上办理。\n\n序号\t事项\t责任单位\n一、重点任务\t\t\n";
        var result = TestCorpus.LoadTexts(("units.txt", text));
        var flagged = Assert.Single(result.Consistency.UnitsNamedButNoneAssigned);
        Assert.Equal(("units.txt", 7, "责任单位"), (flagged.SourceFile, flagged.UnitsNamedLine, flagged.UnitsNamedWord));
        Assert.Empty(TestCorpus.LoadTexts(("notice.txt", AnyLayoutDocuments.NationalNotice)).Consistency.UnitsNamedButNoneAssigned);
    }

    [Fact]
    public void Unplaced_items_are_listed_with_file_line_and_reason()
    {
        var result = TestCorpus.LoadTexts(("preamble.txt", AnyLayoutDocuments.PreambleSummary));
        Assert.Equal([("preamble.txt", 4), ("preamble.txt", 5)], result.Consistency.Unplaced.Select(u => (u.SourceFile, u.Line)));
        Assert.All(result.Consistency.Unplaced, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
    }
}
