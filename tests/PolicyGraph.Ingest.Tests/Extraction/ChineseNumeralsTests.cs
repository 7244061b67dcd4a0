using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("七", 7)]
    [InlineData("十", 10)]
    [InlineData("十九", 19)]
    [InlineData("二十", 20)]
    [InlineData("四十八", 48)]
    [InlineData("一百零三", 103)]
    [InlineData("两百", 200)]
    [InlineData("二〇二二", 2022)]
    [InlineData("19", 19)]
    public void Parses(string text, int expected) => Assert.Equal(expected, ChineseNumerals.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("第七")]
    [InlineData("abc")]
    public void Rejects_non_numbers(string text) => Assert.Null(ChineseNumerals.Parse(text));
}
