using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Tests.Reading;

public class BlockModelTests
{
    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(23, "chineseCounting", "二十三")]
    [InlineData(105, "chineseCountingThousand", "一百〇五")]
    [InlineData(3, "chineseLegalSimplified", "叁")]
    [InlineData(2, "ideographTraditional", "乙")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(14, "upperRoman", "XIV")]
    [InlineData(3, "decimalEnclosedCircle", "③")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(7, "someFutureFormat", "7")]
    public void Counters_are_written_as_word_shows_them(int value, string format, string expected) =>
        Assert.Equal(expected, NumberFormats.Format(value, format));

    [Fact]
    public void A_rowspan_next_to_a_colspan_keeps_every_row_rectangular()
    {
        var grid = new TableGrid(10).Resolve(
        [
            [new SpannedCell("a", RowSpan: 3), new SpannedCell("b", ColSpan: 2)],
            [new SpannedCell("c"), new SpannedCell("d", RowSpan: 2)],
            [new SpannedCell("e")],
        ]);
        Assert.Equal([["a", "b", "b"], ["a", "c", "d"], ["a", "e", "d"]], grid);
    }

    [Fact]
    public void A_grid_wider_than_the_limit_is_cut_and_says_so()
    {
        var table = new TableGrid(3);
        var grid = table.Resolve([[new SpannedCell("a", ColSpan: 1_000_000), new SpannedCell("b")]]);
        Assert.True(table.WasCut);
        Assert.Equal(["a", "a", "a"], Assert.Single(grid));
    }

    [Fact]
    public void Rendering_puts_table_rows_on_tab_separated_lines_and_keeps_each_origin()
    {
        var rendered = BlockRenderer.Render(
        [
            new HeadingBlock("标题", 1, new SourceLocation(Page: 1)),
            new ListItemBlock("（一）", "第一项\n续行", new SourceLocation(Page: 1)),
            new TableBlock([new TableRow(["序号", "内容\t说明"], new SourceLocation(Page: 2))], new SourceLocation(Page: 2)),
        ]);
        Assert.Equal(["标题", "", "（一）第一项 续行", "", "序号\t内容 说明"], rendered.Lines);
        Assert.Equal([1, 1, 1, 1, 2], rendered.Origins.Select(o => o.Page!.Value));
    }
}
