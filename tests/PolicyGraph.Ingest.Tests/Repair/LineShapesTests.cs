using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Repair;

public class LineShapesTests
{
    [Theory]
    [InlineData("第三章 总体要求", MarkerKind.Chapter, "三", "总体要求", 4)]
    [InlineData("第12节重点任务", MarkerKind.Section, "12", "重点任务", 4)]
    [InlineData("第二十条　附则", MarkerKind.Article, "二十", "附则", 5)]
    [InlineData("专栏 3  数字贸易", MarkerKind.Box, "3", "数字贸易", 6)]
    [InlineData("专栏十一跨境金融", MarkerKind.Box, "十一", "跨境金融", 4)]
    [InlineData("二、主要任务", MarkerKind.ChineseEnumerated, "二", "主要任务", 2)]
    [InlineData("（十五）深化改革", MarkerKind.ParenChinese, "十五", "深化改革", 4)]
    [InlineData("（7） 开展试点。", MarkerKind.ParenArabic, "7", "开展试点。", 4)]
    [InlineData("12.推进合格境外有限合伙人试点", MarkerKind.Arabic, "12", "推进合格境外有限合伙人试点", 3)]
    [InlineData("3、建立机制", MarkerKind.Arabic, "3", "建立机制", 2)]
    public void Marker_kind_number_rest_and_length_are_read(string line, MarkerKind kind, string number, string rest, int length)
    {
        var marker = LineShapes.MatchMarker(line, outline: false);

        Assert.Equal(new LineMarker(kind, number, rest, length), marker);
        Assert.True(LineShapes.StartsWithMarker(line, outline: false));
    }

    [Theory]
    [InlineData("1.06万亿元的贸易额")] // a decimal number, not an item
    [InlineData("2025年12月31日")]
    [InlineData("第三方机构参与")] // 第 without 章/节/条
    [InlineData("各片区要加强协同")]
    [InlineData("")]
    public void Text_that_only_looks_numbered_has_no_marker(string line)
    {
        Assert.Null(LineShapes.MatchMarker(line, outline: false));
        Assert.False(LineShapes.StartsWithMarker(line, outline: false));
    }
}
