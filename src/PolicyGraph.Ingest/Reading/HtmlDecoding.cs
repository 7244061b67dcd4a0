using System.Text;
using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Decodes a saved web page: a byte-order mark wins, then the charset its meta tag declares (GB2312 and GBK read as
/// GB18030, their superset, because pages labelled GB2312 often use GBK characters), then the same detection as
/// for plain text.
/// </summary>
internal static partial class HtmlDecoding
{
    private const int MetaScanBytes = 4096;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText? Decode(ReadOnlySpan<byte> bytes)
    {
        var hasMark = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasMark && DeclaredEncoding(bytes) is { } declared)
            return new DecodedText(declared.GetString(bytes), declared.WebName, 0);
        return EncodingDetector.Decode(bytes);
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success) return null;
        var name = match.Groups[1].Value.ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936") name = "gb18030";
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // An unknown charset label: detect the encoding from the bytes instead.
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
