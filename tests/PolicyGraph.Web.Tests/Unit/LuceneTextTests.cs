using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Tests.Unit;

public class LuceneTextTests
{
    [Theory]
    [InlineData("FTZ AND 商务", "ftz and 商务")]
    [InlineData("NOT OR TO", "not or to")]
    [InlineData("a+b (c) \"d\"", "a b  c   d ")]
    public void Operators_and_special_characters_become_plain_words(string typed, string expected) =>
        Assert.Equal(expected, LuceneText.Words(typed));
}
