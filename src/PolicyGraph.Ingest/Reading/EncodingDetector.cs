using System.Text;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// The decoded text and how it was decoded; <see cref="TruncatedTail"/> counts bytes of a cut-off last character,
/// <see cref="Replaced"/> the invalid sequences of otherwise valid UTF-8 that were replaced by U+FFFD.
/// </summary>
public sealed record DecodedText(string Text, string EncodingName, int TruncatedTail, int Replaced = 0);

/// <summary>
/// Decides how a file's bytes are encoded: a byte-order mark wins; otherwise strict UTF-8, then UTF-16 without
/// a mark (judged by how plausible the decoded characters are), then GB18030 (a superset of GBK/GB2312).
/// Returns null when no encoding gives plausible text: the file is binary or corrupt.
/// </summary>
public static class EncodingDetector
{
    private const double PlausibleShare = 0.85;

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeUtf8(bytes[3..], "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DecodeStrict(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16le-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DecodeStrict(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16be-bom");
        return DecodeUtf8(bytes, "utf-8") ?? DecodeUtf16WithoutMark(bytes) ?? DecodeDamagedUtf8(bytes) ?? DecodeGb18030(bytes);
    }

    /// <summary>
    /// UTF-8 with a few corrupt bytes (at most one sequence per 1,000 bytes) is still UTF-8: reading it as GB18030
    /// would turn every character into another one, so the bad sequences are replaced and counted instead.
    /// </summary>
    private static DecodedText? DecodeDamagedUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = new UTF8Encoding(false, false).GetString(bytes);
        if (text.Contains('\0')) return null;
        var replaced = text.Count(c => c == '\uFFFD');
        var multiByte = text.Count(c => c > '\u007F' && c != '\uFFFD');
        return replaced <= Math.Max(1, bytes.Length / 1000) && multiByte > replaced * 10
            ? new DecodedText(text, "utf-8", 0, replaced)
            : null;
    }

    private static DecodedText? DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        var tail = IncompleteUtf8Tail(bytes);
        var decoded = DecodeStrict(bytes[..^tail], new UTF8Encoding(false, true), name);
        if (decoded is null || decoded.Text.Contains('\0')) return null;
        return decoded with { TruncatedTail = tail };
    }

    /// <summary>Bytes at the end that start a multi-byte UTF-8 sequence the file cuts short (0 when none).</summary>
    private static int IncompleteUtf8Tail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue;
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    private static DecodedText? DecodeUtf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0) return null;
        DecodedText? best = null;
        var bestScore = 0.0;
        foreach (var (encoding, name) in new[] { (new UnicodeEncoding(false, false, true), "utf-16le"), (new UnicodeEncoding(true, false, true), "utf-16be") })
        {
            var decoded = DecodeStrict(bytes, encoding, name);
            if (decoded is null) continue;
            var score = PlausibleCharacterShare(decoded.Text);
            if (score > bestScore) (best, bestScore) = (decoded, score);
        }
        return bestScore >= PlausibleShare ? best : null;
    }

    private static DecodedText? DecodeGb18030(ReadOnlySpan<byte> bytes)
    {
        var encoding = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var decoded = DecodeStrict(bytes, encoding, "gb18030");
        return decoded is not null && PlausibleCharacterShare(decoded.Text) >= PlausibleShare ? decoded : null;
    }

    private static DecodedText? DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes), name, 0);
        }
        catch (DecoderFallbackException)
        {
            // Invalid in this encoding: the caller tries the next candidate.
            return null;
        }
    }

    /// <summary>Share of characters that appear in ordinary Chinese or Western text (no controls, no private use).</summary>
    internal static double PlausibleCharacterShare(string text)
    {
        if (text.Length == 0) return 1;
        var plausible = 0;
        var sample = Math.Min(text.Length, 1 << 16);
        for (var i = 0; i < sample; i++)
        {
            if (IsPlausible(text[i])) plausible++;
        }
        return plausible / (double)sample;
    }

    private static bool IsPlausible(char c) =>
        c is '\n' or '\r' or '\t'
        || (c >= ' ' && c <= '~')
        || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF00' && c <= '\uFFEF')
        || (c >= '\u2000' && c <= '\u206F')
        || c is '\u00B7' or '\u00D7';
}
