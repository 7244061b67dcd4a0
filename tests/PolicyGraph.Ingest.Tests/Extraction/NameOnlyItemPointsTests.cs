using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Points "（1）…（2）…" under an item that is only a name ("1. 建设会展中心。") are its text (docs/evaluation.md,
/// "Fourth blind round, units and items in running text"). Made-up plans.
/// </summary>
public class NameOnlyItemPointsTests
{
    private const string Plan = """
        某市会展业行动计划

        一、重点任务

        1. 建设会展中心。
           （1）建成会展中心二期；
           （2）完善周边交通配套。
        2. 培育品牌展会。认定一批品牌展会，支持展会国际认证。
        3. 加强人才培养。
           （1）支持高校开设会展专业；
           （2）建设会展人才实训基地。
        """;

    [Fact]
    public void Points_under_a_name_only_item_are_its_text()
    {
        var items = TestCorpus.ItemsOf(Plan);
        Assert.Equal([1, 2, 3], items.Select(i => i.Seq));
        Assert.Equal(["建设会展中心", "培育品牌展会", "加强人才培养"], items.Select(i => i.Title));
        Assert.Contains("建成会展中心二期", items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_stating_their_own_units_stay_items()
    {
        var items = TestCorpus.ItemsOf(Plan.Replace("（1）建成会展中心二期；", "（1）建成会展中心二期。（市商务局负责）", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Title == "建成会展中心二期");
    }

    [Fact]
    public void Points_under_an_item_with_text_of_its_own_are_not_taken()
    {
        var items = TestCorpus.ItemsOf(Plan.Replace("1. 建设会展中心。", "1. 建设会展中心，推进场馆扩容提质，完善配套设施建设。", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Title.StartsWith("建成会展中心二期", StringComparison.Ordinal));
    }
}
