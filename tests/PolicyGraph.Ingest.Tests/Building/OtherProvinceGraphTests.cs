using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Tests.Building;

/// <summary>Graphs of plans from provinces other than Fujian: their zones, hierarchy and departments.</summary>
public class OtherProvinceGraphTests
{
    private static readonly Lazy<IngestResult> Loaded = new(() => TestCorpus.LoadTexts(
        ("guangzhou.txt", OtherProvinceDocuments.GuangzhouPlan),
        ("shanghai.txt", OtherProvinceDocuments.ShanghaiPlan),
        ("nanchang.txt", OtherProvinceDocuments.NanchangPlan)));

    private static IngestResult Result => Loaded.Value;

    private static GraphNode Measure(string file, long seq) =>
        Result.Graph.Nodes.Single(n => n.HasLabel("Measure") && (string?)n["sourceFile"] == file && (long?)n["seq"] == seq);

    private static Dictionary<string, GraphRelationship> Out(string type, GraphNode measure) =>
        Result.Graph.Relationships.Where(r => r.Type == type && r.StartId == measure.Id).ToDictionary(r => r.EndId);

    private static Dictionary<string, GraphRelationship> Into(string type, GraphNode measure) =>
        Result.Graph.Relationships.Where(r => r.Type == type && r.EndId == measure.Id).ToDictionary(r => r.StartId);

    [Fact]
    public void Guangdong_areas_are_known_zones_stated_by_body_and_table()
    {
        var scopes = Out("APPLIES_IN", Measure("guangzhou.txt", 1));

        Assert.Equal(["zone:南沙片区", "zone:前海蛇口片区", "zone:横琴片区"], scopes.Keys);
        Assert.All(scopes.Values, r => Assert.Equal(["body", "table"], (IReadOnlyList<string>)r["sources"]!));
        Assert.All(scopes.Keys, id => Assert.Equal(true, Result.Graph.FindNode(id)!["known"]));
        Assert.DoesNotContain(Result.Consistency.Disagreements, d => d.SourceFile == "guangzhou.txt" && d.Seq == 1);
    }

    [Fact]
    public void Guangdong_areas_hang_under_the_guangdong_zone_and_province()
    {
        bool PartOf(string child, string parent) =>
            Result.Graph.Relationships.Any(r => r.Type == "PART_OF" && r.StartId == child && r.EndId == parent);

        Assert.True(PartOf("zone:南沙片区", "zone:中国（广东）自由贸易试验区"));
        Assert.True(PartOf("zone:南沙片区", "zone:广州市"));
        Assert.True(PartOf("zone:中国（广东）自由贸易试验区", "zone:广东省"));
        Assert.True(PartOf("zone:临港新片区", "zone:中国（上海）自由贸易试验区"));
    }

    [Fact]
    public void Relative_and_qualified_departments_of_the_guangzhou_plan_are_qualified_and_known()
    {
        var first = Into("RESPONSIBLE_FOR", Measure("guangzhou.txt", 1));
        var third = Into("RESPONSIBLE_FOR", Measure("guangzhou.txt", 3));

        Assert.Equal(["agency:广州市商务局", "agency:广州市发展改革委"], first.Keys);
        Assert.Equal(["agency:广州市商务局", "agency:广州市市场监管局"], third.Keys);
        Assert.All(first.Keys.Concat(third.Keys), id => Assert.Equal(true, Result.Graph.FindNode(id)!["known"]));
    }

    [Fact]
    public void An_unlisted_bonded_zone_is_kept_unknown_with_its_kind_and_reported()
    {
        var scope = Assert.Single(Out("APPLIES_IN", Measure("guangzhou.txt", 2)).Keys);
        var zone = Result.Graph.FindNode(scope)!;

        Assert.Equal(("广州青云港综合保税区", "comprehensive-bonded-zone", false),
            ((string?)zone["name"], (string?)zone["kind"], (bool?)zone["known"]));
        Assert.Contains(Result.Consistency.UnresolvedNames,
            u => u.SourceFile == "guangzhou.txt" && u.Kind == "zone" && u.AssignedName == "广州青云港综合保税区");
    }

    [Fact]
    public void Vague_scopes_create_no_zone_and_every_area_expands_to_the_listed_ones()
    {
        var third = Out("APPLIES_IN", Measure("guangzhou.txt", 3));

        Assert.Equal(["zone:南沙片区", "zone:前海蛇口片区", "zone:横琴片区"], third.Keys);
        Assert.All(third.Values, r => Assert.Equal(["table"], (IReadOnlyList<string>)r["sources"]!));
        var zoneNames = Result.Graph.Nodes.Where(n => n.HasLabel("Zone")).Select(n => (string?)n["name"]).ToList();
        Assert.DoesNotContain("相关片区", zoneNames);
        Assert.DoesNotContain("各片区", zoneNames);
        Assert.Empty(Out("APPLIES_IN", Measure("nanchang.txt", 2)));
    }

    [Fact]
    public void A_shanghai_plan_names_lingang_and_its_own_free_trade_zone()
    {
        Assert.Equal(["zone:临港新片区"], Out("APPLIES_IN", Measure("shanghai.txt", 1)).Keys);
        Assert.Equal(["zone:中国（上海）自由贸易试验区"], Out("APPLIES_IN", Measure("shanghai.txt", 2)).Keys);
        Assert.Equal(["agency:上海市商务局", "agency:上海市委网信办"], Into("RESPONSIBLE_FOR", Measure("shanghai.txt", 1)).Keys);
    }

    [Fact]
    public void An_area_in_a_province_without_a_free_trade_zone_is_a_planning_area()
    {
        var zone = Result.Graph.FindNode(Assert.Single(Out("APPLIES_IN", Measure("nanchang.txt", 1)).Keys))!;

        Assert.Equal(("青岚片区", "area", false), ((string?)zone["name"], (string?)zone["kind"], (bool?)zone["known"]));
    }

    [Fact]
    public void Documents_take_the_jurisdiction_of_their_own_city()
    {
        var jurisdictions = Result.Graph.Nodes.Where(n => n.HasLabel("Document") && n["sourceFile"] is not null)
            .ToDictionary(n => (string)n["sourceFile"]!, n => (string?)n["jurisdiction"]);

        Assert.Equal("广州市", jurisdictions["guangzhou.txt"]);
        Assert.Equal("上海市", jurisdictions["shanghai.txt"]);
        Assert.Equal("南昌市", jurisdictions["nanchang.txt"]);
    }
}
