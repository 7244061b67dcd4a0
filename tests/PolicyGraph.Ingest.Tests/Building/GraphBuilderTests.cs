using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Tests.Building;

public class GraphBuilderTests
{
    private static IngestResult Seeds => TestCorpus.Seeds;

    private static GraphNode DocumentNode(IngestResult result, string file) =>
        result.Graph.Nodes.Single(n => n.HasLabel("Document") && (string?)n["sourceFile"] == file);

    private static GraphNode MeasureNode(IngestResult result, string file, long seq) =>
        result.Graph.Nodes.Single(n => n.HasLabel("Measure") && (string?)n["sourceFile"] == file && (long?)n["seq"] == seq);

    private static IEnumerable<GraphRelationship> Into(IngestResult result, string type, string endId) =>
        result.Graph.Relationships.Where(r => r.Type == type && r.EndId == endId);

    [Fact]
    public void Marks_each_responsibility_with_the_sources_that_state_it()
    {
        var measure = MeasureNode(Seeds, TestCorpus.FuzhouReplicationPlan, 1);
        var edges = Into(Seeds, "RESPONSIBLE_FOR", measure.Id).ToDictionary(r => r.StartId, r => (IReadOnlyList<string>)r["sources"]!);
        Assert.Equal(["body"], edges["agency:福清市人民政府"]);
        Assert.Equal(["table"], edges["agency:福州市人民政府"]);
        Assert.Equal(["body", "table"], edges["agency:福州市委金融办"]);
        Assert.Equal(6, edges.Count);
    }

    [Fact]
    public void Responsibility_edges_keep_order_line_and_quote()
    {
        var measure = MeasureNode(Seeds, TestCorpus.FuzhouReplicationPlan, 4);
        var edge = Assert.Single(Into(Seeds, "RESPONSIBLE_FOR", measure.Id));
        Assert.Equal("agency:福州市通管办", edge.StartId);
        Assert.Equal((1L, 21L, "市通管办"), ((long)edge["order"]!, (long)edge["line"]!, (string)edge["asWritten"]!));
        Assert.Equal("(实施范围：福州市，责任单位：市通管办)", edge["quote"]); // as written, half-width brackets
    }

    [Fact]
    public void Reports_body_and_table_disagreements()
    {
        var disagreements = Seeds.Consistency.Disagreements.Where(d => d.SourceFile == TestCorpus.FuzhouReplicationPlan).ToList();
        var ethics = disagreements.Single(d => d.Seq == 22 && d.Field == "agencies");
        Assert.Equal(["福州市卫健委", "福州市科协"], ethics.BodyOnly);
        Assert.Equal(["福州市工信局", "福州市委网信办", "福州市数据管理局"], ethics.TableOnly);
        Assert.Equal((69, 188), (ethics.BodyLine, ethics.TableLine));
        Assert.Equal([1, 2, 16, 17, 20, 31, 32, 33, 34, 35, 36, 37],
            disagreements.Where(d => d.Field == "agencies" && d.BodyOnly.Contains("福清市人民政府")).Select(d => d.Seq));
        Assert.DoesNotContain(disagreements, d => d.Field == "scope"); // 自贸试验区福州片区 and 自由贸易试验区福州片区 are one zone
    }

    [Fact]
    public void Splits_a_responsibility_cell_that_has_no_delimiters()
    {
        var credit = MeasureNode(Seeds, TestCorpus.SeventhBatch, 13);
        var agencies = Into(Seeds, "RESPONSIBLE_FOR", credit.Id).OrderBy(r => (long)r["order"]!).Select(r => (string)r["asWritten"]!);
        Assert.Equal(["人行福州中心支行", "人行厦门市中心支行", "省委台港澳办"], agencies);
        Assert.True(credit.HasLabel("Innovation"));
        var piloted = Assert.Single(Seeds.Graph.Relationships, r => r.Type == "PILOTED_IN" && r.StartId == credit.Id);
        Assert.Equal(("zone:平潭片区", 58L), (piloted.EndId, (long)piloted["line"]!));
        Assert.Equal(["table"], (IReadOnlyList<string>)piloted["sources"]!);
    }

    [Fact]
    public void Publishes_batches_with_integer_numbers()
    {
        var batches = Seeds.Graph.Nodes.Where(n => n.HasLabel("InnovationBatch")).ToDictionary(n => (long)n["number"]!);
        Assert.Equal([7L, 19L], batches.Keys.Order());
        Assert.Equal("2022-08-05", batches[19]["issuedOn"]);
        Assert.Equal(48, Seeds.Graph.Relationships.Count(r => r.Type == "INCLUDES" && r.StartId == batches[19].Id));
        var publisher = Seeds.Graph.Relationships.Single(r => r.Type == "PUBLISHES" && r.EndId == batches[7].Id).StartId;
        Assert.Equal(DocumentNode(Seeds, TestCorpus.SeventhBatch).Id, publisher);
    }

    [Fact]
    public void Stated_totals_all_match_on_the_seeds()
    {
        var totals = Seeds.Consistency.Totals;
        Assert.Equal(8, totals.Count);
        Assert.All(totals, t => Assert.True(t.Matches, $"{t.Label}: {t.Stated} vs {t.Extracted}"));
    }

    [Fact]
    public void Checks_a_plans_stated_counts_per_scope()
    {
        // "将 27 项措施复制推广至全市,21 项措施在自贸试验区福州片区内深化实施" (line 9 of the replication plan)
        var totals = Seeds.Consistency.Totals.Where(t => t.SourceFile == TestCorpus.FuzhouReplicationPlan)
            .ToDictionary(t => t.Label, t => (t.Stated, t.Extracted, t.Line));
        Assert.Equal((27, 27, 9), totals["scope:全市"]);
        Assert.Equal((21, 21, 9), totals["scope:自贸试验区福州片区"]);
    }

    [Fact]
    public void Documents_carry_their_metadata_and_cited_documents_are_marked()
    {
        var letter = DocumentNode(Seeds, TestCorpus.NineteenthBatch);
        Assert.Equal(("闽自贸办函〔2022〕15号", "2022-08-05", "innovation-batch"), ((string?)letter["docNumber"], (string?)letter["issuedOn"], (string?)letter["genre"]));
        Assert.Equal($"document:{((string)letter["sha256"]!)[..16]}", letter.Id);
        var plan = DocumentNode(Seeds, TestCorpus.FuzhouReplicationPlan);
        var cited = Seeds.Graph.Relationships.Where(r => r.Type == "CITES" && r.StartId == plan.Id).Select(r => Seeds.Graph.FindNode(r.EndId)!).ToList();
        Assert.Contains(cited, c => (string?)c["docNumber"] == "国函〔2025〕68号" && c["cited"] is true);
        Assert.Equal("福州市", plan["jurisdiction"]);
    }

    [Fact]
    public void Mentions_names_the_text_gives_no_work_and_skips_cited_titles()
    {
        var plan = DocumentNode(Seeds, TestCorpus.FuzhouReplicationPlan);
        var mentions = Seeds.Graph.Relationships.Where(r => r.Type == "MENTIONS" && r.StartId == plan.Id).ToDictionary(r => r.EndId);
        Assert.Equal((59L, "省药监局"), ((long)mentions["agency:福建省药监局"]["line"]!, (string)mentions["agency:福建省药监局"]["asWritten"]!));
        Assert.DoesNotContain("agency:福州市数据管理局", mentions.Keys); // assigned work: RESPONSIBLE_FOR, not MENTIONS
        Assert.DoesNotContain(mentions.Keys, id => id.Contains("中华人民共和国") && id.StartsWith("agency:")); // inside 《…政府采购法》
        var notice = DocumentNode(Seeds, TestCorpus.SeventhBatch);
        var bank = Seeds.Graph.Relationships.Single(r => r.Type == "MENTIONS" && r.StartId == notice.Id && r.EndId == "agency:中国人民银行");
        Assert.Equal(58L, bank["line"]); // in the annex row of item 13, not the list line
    }

    [Fact]
    public void Every_property_value_is_of_an_allowed_type()
    {
        static bool Allowed(object value) => value is bool or long or double or string
            or IReadOnlyList<string> or IReadOnlyList<long> or IReadOnlyList<double> or IReadOnlyList<bool>;
        Assert.All(Seeds.Graph.Nodes.SelectMany(n => n.Properties.Values), v => Assert.True(Allowed(v), v.GetType().Name));
        Assert.All(Seeds.Graph.Relationships.SelectMany(r => r.Properties.Values), v => Assert.True(Allowed(v), v.GetType().Name));
    }
}
