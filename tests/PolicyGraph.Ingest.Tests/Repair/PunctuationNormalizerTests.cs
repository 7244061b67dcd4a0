using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Repair;

public class PunctuationNormalizerTests
{
    [Theory]
    [InlineData("(一)", "（一）")]
    [InlineData("１２３ＡＢ", "123AB")]
    [InlineData("发布日期:2019-11-26", "发布日期：2019-11-26")]
    [InlineData("时间12:30，金额1,000", "时间12:30，金额1,000")]
    [InlineData("见 https://example.org", "见 https://example.org")]
    [InlineData("［2022］", "〔2022〕")]
    public void Maps_character_for_character(string input, string expected)
    {
        var normalised = PunctuationNormalizer.Normalize(input);
        Assert.Equal(expected, normalised);
        Assert.Equal(input.Length, normalised.Length);
    }
}
