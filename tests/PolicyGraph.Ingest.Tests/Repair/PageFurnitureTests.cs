using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Repair;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("- 3 -", false, true)]
    [InlineData("第 3 页 共 9 页", false, true)]
    [InlineData("3", false, false)]
    [InlineData("3", true, true)]
    [InlineData("2025", false, false)]
    [InlineData("3．推进口岸建设", true, false)]
    public void Page_numbers_and_bare_numbers_only_where_asked(string text, bool bareNumber, bool expected) =>
        Assert.Equal(expected, PageFurniture.IsPageNumber(text, bareNumber));

    [Theory]
    [InlineData("某省人民政府文件", true)]
    [InlineData("某省人民政府", false)]
    [InlineData("某省人民政府关于加强管理的通知", false)]
    [InlineData("某省人民政府同意，现印发给你们", false)]
    [InlineData("某市人民政府文件", false)]
    public void The_issuers_name_with_a_word_after_it_is_a_running_header(string line, bool expected) =>
        Assert.Equal(expected, PageFurniture.IsIssuerHeader(line, PageFurniture.IssuerOf("某省人民政府关于印发某省开放措施的通知")));

    [Fact]
    public void A_running_header_printed_once_after_a_page_number_is_dropped_and_the_label_after_it_kept()
    {
        string[] lines =
        [
            "某省人民政府关于印发某省第三批创新成果的通知", "一、通关便利化", "推荐单位：某海关", "创新点：实行预约通关和集中查验，企业",
            "", "- 1 -", "", "某省人民政府文件", "可随时申报。", "创新程度：全国首创",
        ];
        var layout = HardWrapLayout.Analyse(lines, outline: false);
        Assert.Equal([5, 7], Enumerable.Range(0, lines.Length).Where(layout.IsFurniture));
    }
}
