using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

public class ItemMatcherTests
{
    private static GoldItem Gold(int number, string title, string? section = null, string kind = "measure") =>
        new(number, section, kind, title, [], null, [], null, null);

    private static ExtractedItem Extracted(int number, string title, string? section = null) =>
        new($"m:{number}:{title}", "a.txt", number, section, "measure", title, [], [], [], null, null);

    [Fact]
    public void Two_lists_with_the_same_numbers_pair_by_title()
    {
        var gold = new[] { Gold(1, "优化跨境贸易结算"), Gold(1, "加强组织领导", kind: "requirement") };
        var extracted = new[] { Extracted(1, "加强组织领导"), Extracted(1, "优化跨境贸易结算服务") };
        var matching = ItemMatcher.Match(gold, extracted);
        Assert.Equal(2, matching.Pairs.Count);
        Assert.All(matching.Pairs, p => Assert.StartsWith(p.Gold.Title, p.Extracted.Title));
    }

    [Fact]
    public void The_section_breaks_a_tie_between_equal_titles()
    {
        var gold = new[] { Gold(2, "建立工作台账", "三、强化服务保障"), Gold(2, "建立工作台账", "一、深化贸易便利") };
        var extracted = new[] { Extracted(2, "建立工作台账", "深化贸易便利"), Extracted(2, "建立工作台账", "强化服务保障") };
        var matching = ItemMatcher.Match(gold, extracted);
        Assert.All(matching.Pairs, p => Assert.EndsWith(p.Extracted.Section!, p.Gold.Section));
    }

    [Fact]
    public void Items_with_different_numbers_never_pair()
    {
        var matching = ItemMatcher.Match([Gold(4, "推进数据跨境流动")], [Extracted(5, "推进数据跨境流动")]);
        Assert.Empty(matching.Pairs);
        Assert.Equal(4, Assert.Single(matching.UnmatchedGold).Number);
        Assert.Equal(5, Assert.Single(matching.UnmatchedExtracted).Number);
    }

    [Fact]
    public void An_item_with_an_empty_title_still_pairs_by_number()
    {
        var matching = ItemMatcher.Match([Gold(7, "完善仲裁服务")], [Extracted(7, "")]);
        Assert.Single(matching.Pairs);
    }
}
