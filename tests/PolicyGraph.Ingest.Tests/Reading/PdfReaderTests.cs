using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Reading;

public class PdfReaderTests
{
    private static readonly DocumentReader Reader = new(IngestOptions.Default);

    private static SourceText ReadPlan()
    {
        var outcome = Reader.Decode("plan.pdf", PlanInFormats.Pdf());
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Diagnostics));
        return outcome.Text!;
    }

    private static int LineOf(SourceText text, string start) =>
        text.Lines.Select((l, i) => (l, i)).Single(x => x.l.StartsWith(start, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void Running_headers_and_page_numbers_are_removed()
    {
        var text = ReadPlan();
        Assert.DoesNotContain(text.Lines, l => l.Contains("办公室文件"));
        Assert.DoesNotContain(text.Lines, l => l.Trim().StartsWith('-'));
        Assert.Equal("pdf", text.Format);
    }

    [Fact]
    public void Hard_wrapped_lines_and_a_paragraph_over_a_page_break_are_joined()
    {
        var text = ReadPlan();
        var line = LineOf(text, "（二）");
        Assert.Equal("（二）优化查验作业流程。推进查验作业智能化改造，降低企业物流成本，提升口岸作业效率和服务水平。（实施范围：全市，责任单位：市交通运输局、晋江市人民政府）", text.Lines[line - 1]);
        Assert.Equal(1, text.PageOf(line));
        Assert.Equal(2, text.PageOf(LineOf(text, "（三）")));
    }

    [Fact]
    public void Table_rows_are_rebuilt_from_columns_with_wrapped_cells_joined_across_pages()
    {
        var text = ReadPlan();
        var header = LineOf(text, "序号");
        Assert.Equal("序号\t主要内容\t复制推广措施\t推广范围\t责任单位", text.Lines[header - 1]);
        Assert.Equal("一、提升通关效率\t\t\t\t", text.Lines[header]);
        Assert.Equal("1\t推广提前申报模式\t支持企业开展进口货物提前申报，压缩整体通关时间。\t泉州市\t市商务局、泉州海关", text.Lines[header + 1]);
        Assert.Equal("3\t建立工作专班\t由市商务局牵头建立工作专班。\t泉州市\t市商务局", text.Lines[header + 4]);
        Assert.Equal((3, 4), (text.PageOf(header), text.PageOf(header + 4)));
    }

    [Fact]
    public void A_table_goes_on_under_a_running_header_of_the_next_page_with_its_columns()
    {
        (double, double, string)[] Row(double y, string no, string task, string office, string due) =>
            [(40, y, no), (80, y, task), (200, y, office), (300, y, due)];
        var first = new[] { Row(360, "No", "Task", "Office", "Due"), Row(340, "1", "Open lanes", "Customs", "May"), Row(320, "2", "Cut fees", "Port office", "June") }.SelectMany(r => r);
        var next = new[] { new[] { (120.0, 385.0, "Trade Office Circular") }, Row(360, "3", "Share data", "Data bureau", "July"), Row(340, "4", "Train staff", "Labour bureau", "August") }.SelectMany(r => r);
        var lines = Reader.Decode("table.pdf", PdfFixtures.Latin([first, next])).Text!.Lines.ToList();
        var last = lines.IndexOf("2\tCut fees\tPort office\tJune");
        Assert.Equal(["3\tShare data\tData bureau\tJuly", "4\tTrain staff\tLabour bureau\tAugust"], lines.Skip(last + 1).Take(2));
        Assert.DoesNotContain(lines, l => l.Contains("Circular"));
    }

    [Fact]
    public void Latin_layout_keeps_word_spaces_and_drops_a_header_repeated_on_every_page()
    {
        string[] bodies = ["Alpha opens the notice.", "Beta sets the deadline.", "Gamma names the office."];
        var pages = bodies.Select((body, i) => new[]
        {
            (40.0, 370.0, "ACME Trade Office"),
            (40.0, 300.0, body),
            (190.0, 20.0, $"Page {i + 1} of 3"),
        });
        var outcome = Reader.Decode("latin.pdf", PdfFixtures.Latin(pages));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Diagnostics));
        Assert.Equal([bodies[0], "", bodies[1], "", bodies[2]], outcome.Text!.Lines);
        Assert.Equal([1, 1, 2, 2, 3], Enumerable.Range(1, 5).Select(outcome.Text.PageOf));
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_an_error_naming_the_file()
    {
        var outcome = Reader.Decode("scan.pdf", File.ReadAllBytes(PlanInFormats.FixturePath("scanned.pdf")));
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.NoTextLayer, "scan.pdf"), (error.Severity, error.Code, error.File));
        Assert.Contains("OCR is not supported", error.Message);
    }

    [Fact]
    public void A_password_protected_pdf_is_an_error_naming_the_file()
    {
        var outcome = Reader.Decode("locked.pdf", PdfFixtures.Handwritten(1, encrypted: true));
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCodes.Encrypted, "locked.pdf"), (error.Code, error.File));
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body")]
    [InlineData("%PDF-")]
    [InlineData("not a pdf at all")]
    public void A_corrupt_pdf_is_an_error_naming_the_file(string content)
    {
        var outcome = Reader.Decode("broken.pdf", System.Text.Encoding.ASCII.GetBytes(content));
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Null(outcome.Text);
        Assert.Equal((DiagnosticSeverity.Error, "broken.pdf"), (error.Severity, error.File));
        Assert.Contains(error.Code, new[] { DiagnosticCodes.Corrupt, DiagnosticCodes.NoTextLayer });
    }

    [Fact]
    public void A_pdf_over_the_page_limit_is_refused_before_its_pages_are_read()
    {
        var outcome = Reader.Decode("huge.pdf", PdfFixtures.Handwritten(1001));
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCodes.TooManyPages, "huge.pdf"), (error.Code, error.File));
        Assert.Contains("1,001 pages", error.Message);
        var smaller = new DocumentReader(IngestOptions.Default with { MaxPdfPages = 3 }).Decode("plan.pdf", PlanInFormats.Pdf());
        Assert.Equal(DiagnosticCodes.TooManyPages, Assert.Single(smaller.Diagnostics).Code);
    }

    [Fact]
    public void A_thousand_page_pdf_within_the_limit_is_read()
    {
        var outcome = Reader.Decode("thousand.pdf", PdfFixtures.Handwritten(1000));
        Assert.Equal(DiagnosticCodes.NoTextLayer, Assert.Single(outcome.Diagnostics).Code);
        Assert.Contains("1000 page(s)", outcome.Diagnostics[0].Message);
    }
}
