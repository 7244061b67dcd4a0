using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Tests.Unit;

public class QuoteLocatorTests
{
    [Fact]
    public void Quote_wrapped_across_lines_is_marked_on_both_lines()
    {
        string[] lines = ["（一）深化合作。（实施范围：福州片区，责任单", "", "位：市商务局、市委金融办）"];

        var ranges = QuoteLocator.Locate(lines, 0, "责任单位：市商务局");

        Assert.Equal([[lines[0].IndexOf("责任单", StringComparison.Ordinal), lines[0].Length]], ranges[0]);
        Assert.Empty(ranges[1]);
        Assert.Equal([[0, "位：市商务局".Length]], ranges[2]);
    }

    [Fact]
    public void Nearest_occurrence_to_the_focus_line_wins()
    {
        string[] lines = ["责任单位：市商务局", "其他", "其他", "责任单位：市商务局"];

        var ranges = QuoteLocator.Locate(lines, 3, "责任单位：市商务局");

        Assert.Empty(ranges[0]);
        Assert.Single(ranges[3]);
    }

    [Fact]
    public void Full_width_and_ascii_punctuation_match_each_other()
    {
        string[] lines = ["(实施范围:福州市,责任单位:市密码管理局)"];

        var ranges = QuoteLocator.Locate(lines, 0, "责任单位：市密码管理局");

        var range = Assert.Single(ranges[0]);
        Assert.Equal("责任单位:市密码管理局", lines[0][range[0]..range[1]]);
    }

    [Fact]
    public void Table_row_quoted_with_cell_separators_matches_the_tab_separated_source()
    {
        string[] lines = ["序号\t主要内容\t责任单位", "2\t优化资金池\t支持跨国公司开展资金池业务。\t市委金融办"];

        var ranges = QuoteLocator.Locate(lines, 1, "2 | 优化资金池 | 支持跨国公司开展资金池业务。");

        Assert.Empty(ranges[0]);
        Assert.Equal([[0, 1], [2, 7], [8, 22]], ranges[1]);
    }

    [Fact]
    public void Missing_or_empty_quote_marks_nothing()
    {
        string[] lines = ["第一行", "第二行"];

        Assert.All(QuoteLocator.Locate(lines, 0, "不存在的条款"), Assert.Empty);
        Assert.All(QuoteLocator.Locate(lines, 0, null), Assert.Empty);
    }
}
