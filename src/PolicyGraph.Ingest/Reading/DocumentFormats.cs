using System.IO.Compression;
using System.Text;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// The formats PolicyGraph reads (the values of a Document's <c>format</c>) and how a file's format is decided:
/// the content decides for binary formats (a .docx is a zip holding word/document.xml, a PDF starts with %PDF-),
/// the extension for the text formats, and HTML markers for a file whose extension says nothing (else it is text).
/// </summary>
public static class DocumentFormats
{
    public const string Text = "txt";
    public const string Markdown = "md";
    public const string Html = "html";
    public const string Docx = "docx";
    public const string Pdf = "pdf";

    /// <summary>Extensions the loader picks up, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>The format of a file, or null with a diagnostic code and the reason it is none of them.</summary>
    public static (string? Format, string? Code, string? Reason) Sniff(string fileName, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var named = extension is ".docx" or ".pdf";
        if (bytes.StartsWith("%PDF-"u8) || (extension == ".pdf" && bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0))
            return (Pdf, null, null);
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return IsWordPackage(bytes) ? (Docx, null, null)
                : (null, named ? DiagnosticCodes.Corrupt : DiagnosticCodes.UnsupportedFormat, "a zip archive that is not a Word document (no word/document.xml).");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return extension == ".docx"
                ? (null, DiagnosticCodes.Encrypted, "a password-protected Word document (encrypted into an OLE container); save it without a password.")
                : (null, DiagnosticCodes.UnsupportedFormat, "an OLE compound file (a legacy .doc or .xls, or an encrypted Office file); save it as .docx.");
        }
        if (named)
            return (null, DiagnosticCodes.Corrupt, $"the content does not start as a {extension[1..]} file does; the file is corrupt or misnamed.");
        if (BinarySignature(bytes) is { } kind) return (null, DiagnosticCodes.UnsupportedFormat, $"{kind}, not a document.");
        return extension switch
        {
            ".txt" => (Text, null, null),
            ".md" => (Markdown, null, null),
            ".html" or ".htm" => (Html, null, null),
            // The loader only passes names its patterns allow; bytes given directly under another name are read as
            // text, as before there were other formats, unless they are a web page.
            _ => LooksLikeHtml(bytes) ? (Html, null, null) : (Text, null, null),
        };
    }

    private static string? BinarySignature(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return "a PNG image";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "a JPEG image";
        if (bytes.StartsWith("GIF8"u8)) return "a GIF image";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "a gzip archive";
        return null;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWordPackage(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            // A damaged zip: let the .docx reader say what is wrong with it if the name says .docx.
            return true;
        }
    }
}
