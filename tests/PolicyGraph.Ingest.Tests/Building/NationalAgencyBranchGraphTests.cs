using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Tests.Building;

/// <summary>A Chengdu plan whose units are local offices of national agencies, written differently in body and table.</summary>
public class NationalAgencyBranchGraphTests
{
    private static readonly Lazy<IngestResult> Loaded = new(() => TestCorpus.LoadTexts(
        ("chengdu.txt", OtherProvinceDocuments.ChengduPlan)));

    private static IngestResult Result => Loaded.Value;

    private static GraphNode Measure(long seq) =>
        Result.Graph.Nodes.Single(n => n.HasLabel("Measure") && (long?)n["seq"] == seq);

    private static Dictionary<string, GraphRelationship> Responsible(long seq) =>
        Result.Graph.Relationships.Where(r => r.Type == "RESPONSIBLE_FOR" && r.EndId == Measure(seq).Id)
            .ToDictionary(r => r.StartId);

    [Fact]
    public void Body_and_table_name_the_same_offices_in_different_forms()
    {
        Assert.Equal(["agency:成都海关", "agency:中国人民银行四川省分行", "agency:成都市商务局"], Responsible(1).Keys);
        Assert.Equal(
            ["agency:国家外汇管理局四川省分局", "agency:国家金融监督管理总局四川监管局", "agency:国家税务总局成都市税务局"],
            Responsible(2).Keys);
        Assert.All(Responsible(1).Values.Concat(Responsible(2).Values),
            r => Assert.Equal(["body", "table"], (IReadOnlyList<string>)r["sources"]!));
        Assert.DoesNotContain(Result.Consistency.Disagreements, d => d.Seq is 1 or 2);
    }

    [Fact]
    public void Offices_are_known_agencies_with_level_kind_and_english_name()
    {
        var customs = Result.Graph.FindNode("agency:成都海关")!;
        var bank = Result.Graph.FindNode("agency:中国人民银行四川省分行")!;

        Assert.Equal((true, "provincial", "customs", "Chengdu Customs"),
            ((bool?)customs["known"], (string?)customs["level"], (string?)customs["kind"], (string?)customs["englishName"]));
        Assert.Equal((true, "provincial", "central-bank-branch"),
            ((bool?)bank["known"], (string?)bank["level"], (string?)bank["kind"]));
    }

    [Fact]
    public void No_office_is_split_into_a_national_agency_and_a_remainder()
    {
        var agencyIds = Result.Graph.Nodes.Where(n => n.HasLabel("Agency")).Select(n => n.Id).ToList();

        Assert.DoesNotContain("agency:中国人民银行", agencyIds);
        Assert.DoesNotContain("agency:国家外汇管理局", agencyIds);
        Assert.DoesNotContain("agency:国家统计局", agencyIds);
        Assert.DoesNotContain(agencyIds, id => id.EndsWith("分行", StringComparison.Ordinal) && !id.StartsWith("agency:中国人民银行", StringComparison.Ordinal));
        Assert.DoesNotContain("agency:成都市海关", agencyIds);
    }

    [Fact]
    public void An_office_of_an_unlisted_place_is_one_unknown_agency_and_is_reported()
    {
        Assert.Equal(["agency:国家统计局四川调查总队", "agency:中国人民银行青云分行", "agency:成都市统计局"], Responsible(3).Keys);
        Assert.Equal(false, Result.Graph.FindNode("agency:中国人民银行青云分行")!["known"]);
        Assert.Contains(Result.Consistency.UnresolvedNames, u => u.AssignedName == "中国人民银行青云分行" && u.AsWritten == "人民银行青云分行");
    }

    [Fact]
    public void The_preamble_mentions_listed_offices_whole_and_no_national_agency_for_an_unlisted_one()
    {
        var document = Result.Graph.Nodes.Single(n => n.HasLabel("Document"));
        var mentioned = Result.Graph.Relationships.Where(r => r.Type == "MENTIONS" && r.StartId == document.Id)
            .Where(r => r.EndId.StartsWith("agency:", StringComparison.Ordinal)).Select(r => r.EndId);

        Assert.Equal(["agency:四川证监局", "agency:中国人民银行成都分行"], mentioned);
    }
}
