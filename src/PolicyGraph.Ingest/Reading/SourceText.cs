using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// A decoded document: its lines (1-based numbering is index + 1) exactly as written for text formats, or as
/// rendered from blocks for .html, .docx and .pdf; the encoding that was detected and the SHA-256 and length of the
/// raw bytes (hash in lower-case hex).
/// </summary>
public sealed record SourceText(string FilePath, string Sha256, string EncodingName, long ByteCount, IReadOnlyList<string> Lines)
{
    public string FileName => Path.GetFileName(FilePath);

    /// <summary>The format the file was read as (<see cref="DocumentFormats"/>).</summary>
    public string Format { get; init; } = DocumentFormats.Text;

    /// <summary>Where each line came from (same length as <see cref="Lines"/>); null for text, where line n is line n.</summary>
    public IReadOnlyList<SourceLocation>? Origins { get; init; }

    /// <summary>Where the 1-based <paramref name="line"/> came from in the file.</summary>
    public SourceLocation OriginOf(int line) =>
        Origins is { } origins && line >= 1 && line <= origins.Count ? origins[line - 1] : new SourceLocation(Line: line);

    /// <summary>The page the 1-based <paramref name="line"/> is on; null when the format has no pages.</summary>
    public int? PageOf(int line) => Origins is null ? null : OriginOf(line).Page;

    /// <summary>First 16 hex digits of the hash: the key every id of this document is built from.</summary>
    public string DocumentKey => Sha256[..16];

    public static SourceText FromString(string filePath, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new SourceText(filePath, Hashing.Sha256Hex(bytes), "utf-8", bytes.Length, TextLines.Split(text));
    }
}

/// <summary>The result of reading one file: a document, or why not, plus warnings either way.</summary>
public sealed record ReadOutcome(SourceText? Text, IReadOnlyList<IngestDiagnostic> Diagnostics)
{
    public bool Succeeded => Text is not null;
}

internal static class Hashing
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}

internal static class TextLines
{
    /// <summary>Splits on \r\n, \n or \r; a final line break does not add an empty line.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        // Sized by a vectorised count of \n: a document has thousands of lines, and growing the list copies it each time.
        var lines = new List<string>(text.AsSpan().Count('\n') + 1);
        var start = 0;
        // A vectorised search for the next break: lines run to tens of characters, so this beats a character loop.
        for (var i = text.AsSpan().IndexOfAny('\n', '\r'); i >= 0; i = NextBreak(text, start))
        {
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static int NextBreak(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny('\n', '\r');
        return at < 0 ? -1 : from + at;
    }
}
