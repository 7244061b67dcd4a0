using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Similarity;

/// <summary>
/// Turns measure text into terms: overlapping bigrams of Chinese characters and whole Latin words (QFLP, KJJM),
/// after removing boilerplate that any policy measure may carry (generic FTZ and scope words, the
/// "(实施范围…责任单位…)" trailer and generic policy verbs), which would otherwise make unrelated measures look
/// alike. Place names are left to inverse document frequency, so no region is built in.
/// </summary>
/// <remarks>
/// Terms are dense numbers from <see cref="TermIds"/>, not strings: a large corpus has millions of bigram
/// occurrences, and a string per occurrence was most of the similarity step's allocation. Boilerplate is blanked
/// with spaces in a reused buffer rather than cut out: a space between two characters breaks a bigram and a Latin
/// word exactly as removing the phrase does, so the terms are the same.
/// </remarks>
internal sealed partial class MeasureTokenizer(TermIds ids)
{
    /// <summary>Phrases most measures share (vocabulary data, blanked in row order).</summary>
    private static readonly string[] StopPhrases = [.. ExtractionVocabulary.Default.SimilarityStopPhrases];

    private char[] _buffer = new char[256];

    // Document text is untrusted: many unclosed brackets would make a backtracking match quadratic.
    [GeneratedRegex(@"[（(]\s*(实施范围|推广范围|责任单位)[^）)]*[）)]", RegexOptions.NonBacktracking)]
    private static partial Regex ScopeTrailer();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]+", RegexOptions.NonBacktracking)]
    private static partial Regex LatinWord();

    /// <summary>Replaces <paramref name="terms"/> with the terms of <paramref name="text"/>: Latin words first, then bigrams, each in text order.</summary>
    public void Terms(ReadOnlySpan<char> text, List<int> terms)
    {
        terms.Clear();
        var cleaned = Cleaned(text);
        foreach (var word in LatinWord().EnumerateMatches(cleaned))
            terms.Add(ids.Word(cleaned.Slice(word.Index, word.Length)));
        for (var i = 0; i + 1 < cleaned.Length; i++)
        {
            if (IsHan(cleaned[i]) && IsHan(cleaned[i + 1]))
                terms.Add(ids.Bigram(cleaned[i], cleaned[i + 1]));
        }
    }

    /// <summary>The text in the reused buffer, with the scope trailer and every stop phrase blanked in list order.</summary>
    private ReadOnlySpan<char> Cleaned(ReadOnlySpan<char> text)
    {
        if (_buffer.Length < text.Length) _buffer = new char[Math.Max(text.Length, 2 * _buffer.Length)];
        var cleaned = _buffer.AsSpan(0, text.Length);
        text.CopyTo(cleaned);
        if (text.IndexOfAny('（', '(') >= 0)
        {
            foreach (var trailer in ScopeTrailer().EnumerateMatches(text))
                cleaned.Slice(trailer.Index, trailer.Length).Fill(' ');
        }
        foreach (var phrase in StopPhrases)
        {
            // Left to right without overlaps, as a replacement would.
            for (var at = cleaned.IndexOf(phrase, StringComparison.Ordinal); at >= 0;)
            {
                cleaned.Slice(at, phrase.Length).Fill(' ');
                var next = cleaned[(at + phrase.Length)..].IndexOf(phrase, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + phrase.Length + next;
            }
        }
        return cleaned;
    }

    private static bool IsHan(char ch) => ch is >= '\u4e00' and <= '\u9fff';
}

/// <summary>Dense numbers for terms, 0, 1, 2 … in order of first sight, so per-term state can live in arrays.</summary>
internal sealed class TermIds
{
    private readonly Dictionary<int, int> _bigrams = [];
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public int Bigram(char first, char second) => IdOf(_bigrams, (first << 16) | second);

    /// <summary>A Latin word, case-insensitively (QFLP and qflp are one term).</summary>
    public int Word(ReadOnlySpan<char> word) => IdOf(_words, word.ToString().ToLowerInvariant());

    private int IdOf<TKey>(Dictionary<TKey, int> ids, TKey key) where TKey : notnull
    {
        if (!ids.TryGetValue(key, out var id))
            ids[key] = id = Count++;
        return id;
    }
}
