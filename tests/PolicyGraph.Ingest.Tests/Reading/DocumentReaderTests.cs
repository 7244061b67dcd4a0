using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Reading;

public class DocumentReaderTests
{
    private static readonly DocumentReader Reader = new(IngestOptions.Default);

    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string SeedText => File.ReadAllText(TestCorpus.SeedPath(TestCorpus.NineteenthBatch), Encoding.UTF8);

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("gb18030")]
    public void Decodes_the_same_lines_whatever_the_encoding(string encodingName)
    {
        var bytes = Encode(SeedText, encodingName);
        var outcome = Reader.Decode("copy.txt", bytes);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Diagnostics));
        Assert.Equal(encodingName, outcome.Text!.EncodingName);
        Assert.Equal(ExpectedLines(SeedText), outcome.Text.Lines);
        Assert.Equal("闽自贸办函〔2022〕15号", outcome.Text.Lines[4]);
    }

    [Fact]
    public void Detects_gbk_text_without_any_mark()
    {
        const string text = "福州市关于某事项的通知\n一、总体要求\n（一）责任单位：市商务局。\n";
        var outcome = Reader.Decode("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(text));
        Assert.Equal("gb18030", outcome.Text!.EncodingName);
        Assert.Equal("（一）责任单位：市商务局。", outcome.Text.Lines[2]);
    }

    [Fact]
    public void Hash_is_sha256_of_the_bytes_as_stored()
    {
        var bytes = Encode(SeedText, "utf-16le-bom");
        var outcome = Reader.Decode("copy.txt", bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), outcome.Text!.Sha256);
        Assert.Equal(bytes.Length, outcome.Text.ByteCount);
    }

    [Fact]
    public void Empty_and_whitespace_files_are_errors_naming_the_file()
    {
        foreach (var bytes in new[] { Array.Empty<byte>(), "  \n\n"u8.ToArray() })
        {
            var outcome = Reader.Decode("dir/empty.txt", bytes);
            var error = Assert.Single(outcome.Diagnostics);
            Assert.Null(outcome.Text);
            Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.EmptyFile, "empty.txt"), (error.Severity, error.Code, error.File));
        }
    }

    [Fact]
    public void Binary_content_is_an_error_that_points_at_the_nul_byte()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var outcome = Reader.Decode("image.png", bytes);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.BinaryFile, error.Code);
        Assert.Contains("NUL byte at offset", error.Message);
    }

    [Fact]
    public void A_file_cut_inside_a_character_loads_with_a_warning_on_its_last_line()
    {
        var bytes = Encoding.UTF8.GetBytes("第一行\n第二行文字");
        var cut = bytes[..^1];
        var outcome = Reader.Decode("cut.txt", cut);
        Assert.Equal(["第一行", "第二行文"], outcome.Text!.Lines);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCodes.Truncated, 2), (warning.Code, warning.Line));
    }

    [Fact]
    public void Utf8_with_a_corrupt_byte_stays_utf8_and_names_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes(SeedText);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("工作领导小组办公室")); // first on line 3
        bytes[at] = 0xFF;
        var outcome = Reader.Decode("damaged.txt", bytes);
        Assert.Equal("utf-8", outcome.Text!.EncodingName);
        Assert.Equal("闽自贸办函〔2022〕15号", outcome.Text.Lines[4]);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidBytes, 3), (warning.Code, warning.Line));
    }

    [Fact]
    public void Oversized_files_are_rejected_before_reading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pg-big-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, new byte[2048]);
        try
        {
            var outcome = new DocumentReader(IngestOptions.Default with { MaxFileBytes = 1024 }).Read(path);
            var error = Assert.Single(outcome.Diagnostics);
            Assert.Equal(DiagnosticCodes.TooLarge, error.Code);
            Assert.Contains("1,024", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> ExpectedLines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        if (lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static byte[] Encode(string text, string name) => name switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        _ => Encoding.GetEncoding("GB18030").GetBytes(text),
    };
}
