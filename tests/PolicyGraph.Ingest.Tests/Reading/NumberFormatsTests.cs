using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Tests.Reading;

public class NumberFormatsTests
{
    [Theory]
    [InlineData(1, "a")]
    [InlineData(27, "aa")]
    public void Letters_follow_word_up_to_its_last_lettered_value(int value, string expected) =>
        Assert.Equal(expected, NumberFormats.Format(value, "lowerLetter"));

    [Fact]
    public void The_last_lettered_value_is_thirty_zs() =>
        Assert.Equal(new string('z', 30), NumberFormats.Format(780, "lowerLetter"));

    [Fact]
    public void A_huge_start_value_is_written_as_a_number_not_a_huge_label() =>
        Assert.Equal("2000000000", NumberFormats.Format(2_000_000_000, "lowerLetter"));
}
