using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class TitleSimilarityTests
{
    [Theory]
    [InlineData("跨境电商综合试验区", "跨境电商综合试验区", 1.0)]
    [InlineData("跨境电商，综合试验区", "跨境电商综合试验区", 1.0)] // punctuation is not a letter
    [InlineData("数字人民币", "湿地保护", 0.0)]
    [InlineData("甲甲甲甲", "甲甲", 0.5)] // bigrams are a multiset: 甲甲 ×3 against 甲甲 ×1 share one
    [InlineData("试点", "试点工作", 2.0 / 4.0)] // 试点 shared; 点工, 工作 not: 2·1 / (1 + 3)
    public void Dice_counts_shared_character_bigrams(string a, string b, double expected)
    {
        Assert.Equal(expected, TitleSimilarity.Dice(a, b), precision: 10);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("甲", "甲")]
    public void Titles_too_short_for_a_bigram_are_alike_only_when_equal(string a, string b)
    {
        Assert.Equal(1.0, TitleSimilarity.Dice(a, b));
        Assert.Equal(0.0, TitleSimilarity.Dice(a, "乙"));
    }

    [Fact]
    public void Dice_is_symmetric()
    {
        Assert.Equal(TitleSimilarity.Dice("推进合格境外有限合伙人试点", "合格境外有限合伙人"),
            TitleSimilarity.Dice("合格境外有限合伙人", "推进合格境外有限合伙人试点"), precision: 12);
    }
}
