namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Reads one file into a <see cref="SourceText"/>. Never throws for bad content: an empty, binary, oversized or
/// unreadable file gives an error diagnostic naming the file, so one bad file never stops a corpus load.
/// </summary>
public sealed class DocumentReader(IngestOptions options)
{
    public ReadOutcome Read(string path)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                return Fail(name, DiagnosticCodes.TooLarge,
                    $"{length:N0} bytes is over the {options.MaxFileBytes:N0}-byte limit for one document; not read.");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(name, DiagnosticCodes.Unreadable, $"cannot read the file: {ex.Message}");
        }
        return Decode(path, bytes);
    }

    /// <summary>Decodes bytes already in memory; <paramref name="path"/> is only used to name the document.</summary>
    public ReadOutcome Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var name = Path.GetFileName(path);
        if (bytes.Length > options.MaxFileBytes)
            return Fail(name, DiagnosticCodes.TooLarge, $"{bytes.Length:N0} bytes is over the {options.MaxFileBytes:N0}-byte limit.");
        var decoded = EncodingDetector.Decode(bytes);
        if (decoded is null)
        {
            return Fail(name, DiagnosticCodes.BinaryFile,
                $"not text: no encoding (UTF-8, UTF-16, GB18030) decodes it plausibly{DescribeNul(bytes)}.");
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return Fail(name, DiagnosticCodes.EmptyFile, "the file is empty.");
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
        var text = new SourceText(path, Hashing.Sha256Hex(bytes), decoded.EncodingName, bytes.Length, lines);
        return new ReadOutcome(text, diagnostics);
    }

    private static string DescribeNul(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        return nul < 0 ? "" : $" (NUL byte at offset {nul})";
    }

    private static ReadOutcome Fail(string file, string code, string message) =>
        new(null, [new IngestDiagnostic(DiagnosticSeverity.Error, file, null, code, message)]);
}
