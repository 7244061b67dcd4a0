using System.Globalization;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// Splits text into index terms the way Neo4j's (Lucene's) analyzers of the same name do, closely enough that
/// the same query finds the same nodes: <c>cjk</c> makes overlapping bigrams of Chinese, Japanese and Korean runs
/// (a lone character stays a unigram) and lower-cased words elsewhere, dropping English stop words; the
/// <c>standard</c> analyzers make each ideograph its own term; <c>simple</c>, <c>whitespace</c> and
/// <c>keyword</c> do what their names say. Unknown names fall back to the default.
/// </summary>
public sealed class FullTextAnalyzer
{
    /// <summary>Receives each term; the span is only valid during the call.</summary>
    public delegate void TermSink(ReadOnlySpan<char> term);

    public const string DefaultName = "standard-no-stop-words";

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with",
    };

    private readonly Mode _mode;
    private readonly bool _dropsStopWords;

    private FullTextAnalyzer(Mode mode, bool dropsStopWords)
    {
        _mode = mode;
        _dropsStopWords = dropsStopWords;
    }

    private enum Mode
    {
        Bigrams,
        Standard,
        Simple,
        Whitespace,
        Keyword,
    }

    public static FullTextAnalyzer ForName(string name) => name.ToLowerInvariant() switch
    {
        "cjk" => new(Mode.Bigrams, dropsStopWords: true),
        "standard" or "english" => new(Mode.Standard, dropsStopWords: true),
        "simple" => new(Mode.Simple, dropsStopWords: false),
        "whitespace" => new(Mode.Whitespace, dropsStopWords: false),
        "keyword" => new(Mode.Keyword, dropsStopWords: false),
        _ => new(Mode.Standard, dropsStopWords: false),
    };

    /// <summary>The terms of <paramref name="text"/> in order (repeats kept: they are term frequencies).</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        Analyze(text, term => terms.Add(term.ToString()));
        return terms;
    }

    /// <summary>Passes each term of <paramref name="text"/> to <paramref name="sink"/> in order, without allocating per term.</summary>
    public void Analyze(string text, TermSink sink)
    {
        switch (_mode)
        {
            case Mode.Keyword:
                if (text.Length > 0) sink(text);
                return;
            case Mode.Whitespace:
                foreach (var range in text.AsSpan().SplitAny(" \t\r\n\u3000"))
                    if (range.End.Value > range.Start.Value) sink(text.AsSpan(range));
                return;
        }
        var normalized = Normalize(text);
        var wordStart = -1;
        var runStart = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            var ideograph = IsIdeographic(c) && _mode != Mode.Simple;
            var wordCharacter = !ideograph && char.IsLetterOrDigit(c) && (_mode != Mode.Simple || char.IsLetter(c));
            if (!wordCharacter && wordStart >= 0)
            {
                EmitWord(normalized.AsSpan(wordStart, i - wordStart), sink);
                wordStart = -1;
            }
            if (!ideograph && runStart >= 0)
            {
                EmitIdeographs(normalized.AsSpan(runStart, i - runStart), sink);
                runStart = -1;
            }
            if (wordCharacter && wordStart < 0) wordStart = i;
            if (ideograph && runStart < 0) runStart = i;
        }
    }

    /// <summary>Full-width forms to ASCII (as CJKWidthFilter does) and lower case, one character for one.</summary>
    public static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            chars[i] = char.ToLowerInvariant(c);
        }
        return new string(chars);
    }

    private void EmitWord(ReadOnlySpan<char> word, TermSink sink)
    {
        if (_dropsStopWords && word.Length <= 5 && StopWordLookup.Contains(word)) return;
        sink(word);
    }

    private void EmitIdeographs(ReadOnlySpan<char> run, TermSink sink)
    {
        if (_mode == Mode.Bigrams && run.Length > 1)
        {
            for (var i = 0; i + 1 < run.Length; i++) sink(run.Slice(i, 2));
        }
        else
        {
            for (var i = 0; i < run.Length; i++) sink(run.Slice(i, 1));
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = EnglishStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsIdeographic(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or
            (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') ||
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u2E80';
}
