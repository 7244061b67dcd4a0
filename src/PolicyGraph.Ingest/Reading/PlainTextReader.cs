namespace PolicyGraph.Ingest.Reading;

/// <summary>Reads .txt and .md: the encoding is detected (<see cref="EncodingDetector"/>) and lines kept as written.</summary>
internal static class PlainTextReader
{
    public static ReadOutcome Decode(string path, ReadOnlySpan<byte> bytes, string format)
    {
        var name = Path.GetFileName(path);
        var decoded = EncodingDetector.Decode(bytes);
        if (decoded is null)
        {
            return DocumentReader.Fail(name, DiagnosticCodes.BinaryFile,
                $"not text: no encoding (UTF-8, UTF-16, GB18030) decodes it plausibly{DescribeNul(bytes)}.");
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return DocumentReader.Fail(name, DiagnosticCodes.EmptyFile, "the file is empty.");
        var lines = TextLines.Split(decoded.Text);
        var diagnostics = new List<IngestDiagnostic>();
        if (decoded.TruncatedTail > 0)
        {
            diagnostics.Add(new IngestDiagnostic(DiagnosticSeverity.Warning, name, lines.Count, DiagnosticCodes.Truncated,
                $"the file ends in the middle of a character ({decoded.TruncatedTail} stray byte(s) dropped); it may be cut short."));
        }
        if (decoded.Replaced > 0)
        {
            var line = lines.Select((l, i) => (l, i)).First(x => x.l.Contains('\uFFFD')).i + 1;
            diagnostics.Add(new IngestDiagnostic(DiagnosticSeverity.Warning, name, line, DiagnosticCodes.InvalidBytes,
                $"{decoded.Replaced} invalid UTF-8 sequence(s) replaced by U+FFFD; the first is on this line."));
        }
        var text = new SourceText(path, Hashing.Sha256Hex(bytes), decoded.EncodingName, bytes.Length, lines) { Format = format };
        return new ReadOutcome(text, diagnostics);
    }

    private static string DescribeNul(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        return nul < 0 ? "" : $" (NUL byte at offset {nul})";
    }
}
