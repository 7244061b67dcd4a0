namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// A decoded document: its lines exactly as written (1-based numbering is index + 1), the encoding that was
/// detected and the SHA-256 and length of the raw bytes (hash in lower-case hex).
/// </summary>
public sealed record SourceText(string FilePath, string Sha256, string EncodingName, long ByteCount, IReadOnlyList<string> Lines)
{
    public string FileName => Path.GetFileName(FilePath);

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
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}
