using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Tests.Building;

public class RoleAndDeadlineGraphTests
{
    private static readonly IngestResult Result = TestCorpus.LoadTexts(
        ("chengdu-plan.txt", VariantDocuments.LeadAndSupportTable),
        ("guangzhou-plan.txt", VariantDocuments.LabelledBrackets),
        ("sichuan-batch.txt", VariantDocuments.ParagraphBatch));

    private static GraphNode Measure(string file, long seq) =>
        Result.Graph.Nodes.Single(n => n.HasLabel("Measure") && (string?)n["sourceFile"] == file && (long?)n["seq"] == seq);

    private static Dictionary<string, GraphRelationship> Responsible(GraphNode measure) =>
        Result.Graph.Relationships.Where(r => r.Type == "RESPONSIBLE_FOR" && r.EndId == measure.Id).ToDictionary(r => r.StartId);

    [Fact]
    public void Lead_and_supporting_units_carry_their_role()
    {
        var edges = Responsible(Measure("chengdu-plan.txt", 1));
        Assert.Equal("lead", edges["agency:成都市商务局"]["role"]);
        Assert.Equal("supporting", edges["agency:成都市财政局"]["role"]);
        Assert.Equal("supporting", edges["agency:国家税务总局成都市税务局"]["role"]);
        Assert.Equal(["table"], (IReadOnlyList<string>)edges["agency:成都市商务局"]["sources"]!);
    }

    [Fact]
    public void A_unit_whose_role_is_not_stated_has_no_role()
    {
        var edge = Assert.Single(Responsible(Measure("guangzhou-plan.txt", 2))).Value;
        Assert.Equal("agency:国家税务总局广州市税务局", edge.StartId);
        Assert.False(edge.Properties.ContainsKey("role"));
    }

    [Fact]
    public void Submitting_units_of_a_paragraph_batch_are_responsible_with_their_role()
    {
        var edge = Assert.Single(Responsible(Measure("sichuan-batch.txt", 2))).Value;
        Assert.Equal(("agency:天府新区片区管委会", "submitting"), (edge.StartId, (string?)edge["role"]));
        Assert.True(Measure("sichuan-batch.txt", 2).HasLabel("Innovation"));
    }

    [Fact]
    public void A_deadline_is_kept_as_written_with_the_line_that_states_it()
    {
        var fromTable = Measure("chengdu-plan.txt", 1);
        Assert.Equal(("2025年6月底前", 19L), ((string?)fromTable["deadline"], (long?)fromTable["deadlineLine"]));
        var fromBody = Measure("guangzhou-plan.txt", 1);
        Assert.Equal(("2024年底", 5L), ((string?)fromBody["deadline"], (long?)fromBody["deadlineLine"]));
        Assert.False(Measure("guangzhou-plan.txt", 3).Properties.ContainsKey("deadline"));
    }

    [Fact]
    public void Body_and_table_deadlines_that_differ_are_reported()
    {
        var disagreement = Assert.Single(Result.Consistency.Disagreements, d => d.Field == "deadline");
        Assert.Equal(("guangzhou-plan.txt", 1), (disagreement.SourceFile, disagreement.Seq));
        Assert.Equal(["2024年底"], disagreement.BodyOnly);
        Assert.Equal(["2025年底"], disagreement.TableOnly);
    }
}
