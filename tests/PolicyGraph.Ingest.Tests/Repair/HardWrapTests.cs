using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Repair;

public class HardWrapTests
{
    /// <summary>Made-up text as copied out of a PDF: hard breaks every 18 characters, a page number and a running header on every page.</summary>
    private const string CopiedOutOfPdf = """
        某市关于推进跨境贸易便利化的若干举措
        为进一步优化口岸营商环境，提升跨境贸
        易便利化水平，结合本市实际，制定如下
        举措。
        一、优化通关模式
        （一）推广进口货物提前申报和两步申报
        - 1 -
        某市人民政府办公室
        模式，支持企业根据实际需要灵活选择申
        报方式，压缩货物整体通关时间。（责任
        单位：市商务局）
        （二）推进查验作业智能化改造，在主要
        口岸部署智能审图设备，降低人工查验比
        例，提升口岸查验效率。（责任单位：市
        - 2 -
        某市人民政府办公室
        交通运输局）
        二、降低进出口环节成本
        （三）全面清理规范口岸经营服务性收费
        ，动态更新收费目录清单并在国际贸易单
        一窗口公示，接受社会监督。（责任单位
        ：市发改委）
        - 3 -
        某市人民政府办公室
        （四）鼓励金融机构开发跨境贸易专属信
        贷产品，降低中小外贸企业融资成本，扩
        大出口信用保险覆盖面。（责任单位：市
        财政局）
        """;

    private static readonly RepairedText Repaired = TextRepairer.Repair(SourceText.FromString("copied.txt", CopiedOutOfPdf));

    [Fact]
    public void Hard_wrapped_text_is_recognised_and_ordinary_text_is_not()
    {
        Assert.True(HardWrapLayout.Analyse(CopiedOutOfPdf.Split('\n'), outline: false).IsHardWrapped);
        var ordinary = TestCorpus.SeedPath(TestCorpus.FuzhouServicesPlan);
        Assert.False(HardWrapLayout.Analyse(File.ReadAllLines(ordinary), outline: false).IsHardWrapped);
    }

    [Fact]
    public void Page_numbers_and_running_headers_are_dropped()
    {
        Assert.DoesNotContain(Repaired.Lines, l => l.Text.Contains("- 2 -") || l.Text.Contains("办公室"));
    }

    [Fact]
    public void Wrapped_paragraphs_are_rejoined_with_their_source_lines_kept()
    {
        var first = Repaired.Lines.Single(l => l.Text.StartsWith("（一）", StringComparison.Ordinal));
        Assert.Equal("（一）推广进口货物提前申报和两步申报模式，支持企业根据实际需要灵活选择申报方式，压缩货物整体通关时间。（责任单位：市商务局）", first.Text);
        Assert.Equal((6, 11), (first.Line, first.LastLine));
        Assert.Equal(2, Repaired.Lines.Single(l => l.Text.StartsWith("为进一步", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void Items_of_text_copied_out_of_a_pdf_are_found_with_their_units()
    {
        var doc = DocumentExtractor.Extract(Repaired);
        Assert.Equal([1, 2, 3, 4], doc.Measures.Select(m => m.Seq));
        Assert.Equal(["市商务局", "市交通运输局", "市发改委", "市财政局"], doc.Measures.Select(m => m.Body!.Units));
        Assert.Equal(["优化通关模式", "降低进出口环节成本"], doc.Sections.Select(s => s.Title));
    }

    [Fact]
    public void A_page_number_line_is_dropped_even_in_ordinary_text()
    {
        var repaired = TextRepairer.Repair(SourceText.FromString("short.txt", "一、总体要求\n第 2 页 共 9 页\n（一）推进改革。加快推进改革。\n"));
        Assert.Equal(["一、总体要求", "（一）推进改革。加快推进改革。"], repaired.Lines.Select(l => l.Text));
    }
}
