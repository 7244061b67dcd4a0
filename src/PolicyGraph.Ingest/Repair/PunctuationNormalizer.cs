namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// Maps each character to the form the parsers expect — full-width ASCII letters and digits to half-width,
/// half-width Chinese punctuation to full-width, ideographic spaces to spaces — one character for one, so offsets
/// into the normalised text stay valid in the original.
/// </summary>
public static class PunctuationNormalizer
{
    /// <summary>The normalised text; the same instance when no character changes (most lines), saving a copy.</summary>
    public static string Normalize(string text)
    {
        var first = FirstChange(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++)
                span[i] = Map(source, i);
        });
    }

    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Map(text, i) != text[i]) return i;
        }
        return -1;
    }

    private static char Map(string s, int i)
    {
        var c = s[i];
        if (c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
            return (char)(c - 0xFEE0);
        return c switch
        {
            '\u3000' or '\u00A0' => ' ',
            '(' => '（',
            ')' => '）',
            '［' or '﹝' => '〔',
            '］' or '﹞' => '〕',
            ':' when !BetweenDigits(s, i) && !IsUrlColon(s, i) => '：',
            ',' when !BetweenDigits(s, i) => '，',
            ';' => '；',
            '?' => '？',
            '!' => '！',
            '．' => '.',
            _ => c,
        };
    }

    private static bool BetweenDigits(string s, int i) =>
        i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]);

    private static bool IsUrlColon(string s, int i) => i + 2 < s.Length && s[i + 1] == '/' && s[i + 2] == '/';
}
