using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// A decimal number at the start of a line ("1.5小时", "3.0版") is an outline item only in a document that numbers
/// in a decimal outline (a run n.1, n.2, or n.1 under a bare "n 标题" heading); elsewhere it neither starts an item
/// nor stops a wrapped line from joining. Each document is made up for the rule.
/// </summary>
public class OutlineDecisionTests
{
    private static IReadOnlyList<ParsedMeasure> Items(string text) => TestCorpus.ItemsOf(text);

    [Theory]
    [InlineData("整体通关时间压缩至", "1.5小时以内。", "整体通关时间压缩至1.5小时以内。")]
    [InlineData("推进国际贸易“单一窗口”", "3.0版建设，拓展服务功能。", "推进国际贸易“单一窗口”3.0版建设，拓展服务功能。")]
    [InlineData("全年出口额力争达到", "1.5 万亿元，增长百分之五。", "全年出口额力争达到1.5 万亿元，增长百分之五。")]
    public void A_decimal_number_in_prose_continues_the_wrapped_line(string first, string second, string joined)
    {
        var items = Items($"""
            某市口岸工作要点

            一、提升效率

            （一）优化通关。{first}
            {second}
            """);

        var item = Assert.Single(items);
        Assert.Equal("优化通关。" + joined, item.Text);
    }

    [Fact]
    public void A_run_of_outline_numbers_without_bare_headings_is_still_read_as_items()
    {
        var items = Items("""
            某市会展经济发展工作措施

            1.1 引进会展企业。引进国际知名会展企业3家。（责任单位：市商务局）

            1.2 培育本地品牌。支持本地展会申请国际认证。（责任单位：市贸促会）
            """);

        Assert.Equal([1, 2], items.Select(i => i.Seq));
        Assert.Equal(["市商务局", "市贸促会"], items.Select(i => i.Body!.Units));
    }

    [Theory]
    [InlineData(new[] { "1.1 引进企业", "1.2 培育品牌" }, true)]
    [InlineData(new[] { "1 壮大会展主体", "1.1 引进企业" }, true)]
    [InlineData(new[] { "压缩至", "1.5小时以内", "推进", "3.0版建设" }, false)]
    [InlineData(new[] { "1.1 引进企业", "2.1 健全机制" }, true)]
    [InlineData(new[] { "1. 壮大会展主体", "1.1 引进企业" }, true)]
    [InlineData(new[] { "1、壮大会展主体", "1.1 引进企业" }, true)]
    [InlineData(new[] { "1.1 引进企业", "3.1 健全机制" }, false)]
    [InlineData(new[] { "缩短至", "1.5小时", "升级到", "3.0版", "总额", "1.5 万亿元" }, false)]
    public void The_outline_is_decided_for_the_whole_document(string[] lines, bool outline)
    {
        Assert.Equal(outline, LineShapes.HasOutline(lines));
    }

    [Theory]
    [InlineData("1.5小时以内")]
    [InlineData("3.0版建设")]
    [InlineData("1.5 万亿元")]
    [InlineData("案例1.5亿元的项目")] // a label word before a decimal number, not "案例一："
    public void Outside_an_outline_a_decimal_number_is_no_marker(string line)
    {
        Assert.Null(LineShapes.MatchMarker(line, outline: false));
        Assert.False(LineShapes.StartsWithMarker(line, outline: false));
    }

    [Fact]
    public void In_an_outline_the_last_part_is_the_number()
    {
        Assert.Equal(new LineMarker(MarkerKind.Outline, "3", "推进试点", 6), LineShapes.MatchMarker("2.3.3 推进试点", outline: true));
    }
}
