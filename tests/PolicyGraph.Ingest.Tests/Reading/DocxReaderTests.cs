using PolicyGraph.Ingest.Documents;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Reading;

public class DocxReaderTests
{
    private static readonly DocumentReader Reader = new(IngestOptions.Default);

    [Fact]
    public void Word_numbering_is_rendered_as_the_reader_sees_it()
    {
        var docx = new DocxFixture()
            .List(1, "chineseCounting", "%1、", "chineseCounting", "（%2）")
            .List(2, "decimal", "%1.")
            .Paragraph("总体要求", numId: 1)
            .Paragraph("第一项", numId: 1, level: 1)
            .Paragraph("第二项", numId: 1, level: 1)
            .Paragraph("重点任务", numId: 1)
            .Paragraph("新一项", numId: 1, level: 1)
            .Paragraph("Open the office", numId: 2)
            .Build();
        var text = Reader.Decode("plan.docx", docx).Text!;
        Assert.Equal(["一、总体要求", "（一）第一项", "（二）第二项", "二、重点任务", "（一）新一项", "1. Open the office"], text.Lines.Where(l => l.Length > 0));
        Assert.Equal("docx", text.Format);
        Assert.Equal(2, text.OriginOf(3).Paragraph);
    }

    [Fact]
    public void Heading_styles_give_headings_with_levels_and_numbered_paragraphs_list_items()
    {
        var docx = new DocxFixture()
            .List(1, "decimal", "%1.")
            .Paragraph("文件标题", style: "Title")
            .Paragraph("一级标题", style: "Heading1")
            .Paragraph("大纲二级", style: "Outline2")
            .Paragraph("条目", numId: 1)
            .Build();
        var blocks = Reader.ReadBlocks("x.docx", DocumentFormats.Docx, docx)!.Document!.Blocks;
        Assert.Equal([1, 1, 2], blocks.OfType<HeadingBlock>().Select(h => h.Level!.Value));
        Assert.Equal(("1. ", "条目"), blocks.OfType<ListItemBlock>().Select(i => (i.Label, i.Text)).Single());
    }

    [Fact]
    public void Grid_spans_and_vertical_merges_repeat_the_merged_text()
    {
        var docx = new DocxFixture()
            .Table(["甲|restart", "乙|span=2"], ["|continue", "丙", "丁"], ["戊", "己", "庚"])
            .Build();
        Assert.Equal(["甲\t乙\t乙", "甲\t丙\t丁", "戊\t己\t庚"], Reader.Decode("t.docx", docx).Text!.Lines);
    }

    [Fact]
    public void A_table_of_a_thousand_columns_is_cut_with_a_warning_naming_the_file()
    {
        var docx = new DocxFixture().Table([.. Enumerable.Range(1, 1000).Select(i => i.ToString())]).Build();
        var outcome = Reader.Decode("wide.docx", docx);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCodes.TableCut, "wide.docx"), (warning.Code, warning.File));
        Assert.Equal(IngestOptions.Default.MaxTableColumns, outcome.Text!.Lines[0].Split('\t').Length);
    }

    [Fact]
    public void A_truncated_docx_is_an_error_naming_the_file()
    {
        var docx = new DocxFixture().Paragraph("正文").Build();
        var outcome = Reader.Decode("cut.docx", docx[..(docx.Length / 2)]);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.Corrupt, "cut.docx"), (error.Severity, error.Code, error.File));
    }

    [Fact]
    public void A_password_protected_docx_is_an_error_naming_the_file()
    {
        // Word encrypts a protected .docx into an OLE compound file; its signature is all the reader needs to see.
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var error = Assert.Single(Reader.Decode("secret.docx", ole).Diagnostics);
        Assert.Equal((DiagnosticCodes.Encrypted, "secret.docx"), (error.Code, error.File));
        Assert.Contains("password", error.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_an_error_naming_the_file()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("readme.txt");
        var error = Assert.Single(Reader.Decode("fake.docx", stream.ToArray()).Diagnostics);
        Assert.Equal((DiagnosticCodes.Corrupt, "fake.docx"), (error.Code, error.File));
    }
}
