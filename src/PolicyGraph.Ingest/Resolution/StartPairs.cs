using System.Numerics;

namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Where a dictionary scan can find something, judged on two characters: a position qualifies when its character
/// is a key by itself, or when it and the next character begin some key. In Chinese text a quarter of the
/// positions hold a character that starts some name (市, 国, 发…), but far fewer hold the first two characters of
/// one, so the scan probes its tries at far fewer positions than a test of the first character alone allows.
/// </summary>
/// <remarks>
/// Nothing is hashed per character: a first character's rank in the bit set of first characters (a prefix count
/// per 64-bit word plus a population count) picks its run in one sorted array of second characters, which a binary
/// search then tests.
/// </remarks>
internal sealed class StartPairs
{
    private readonly StartCharacters _firsts = new([]);
    /// <summary>Characters that are keys by themselves: any next character will do.</summary>
    private readonly StartCharacters _wholeKeys = new([]);
    /// <summary>How many first characters lie in the bit set's words before each word.</summary>
    private readonly int[] _ranksBefore;
    /// <summary>Where each first character's run of second characters starts in <see cref="_seconds"/>, by rank; one more entry ends the last run.</summary>
    private readonly int[] _runStarts;
    /// <summary>The second characters of every pair, grouped by first character in code-unit order, each group sorted.</summary>
    private readonly char[] _seconds;

    /// <param name="keyStarts">One-character keys and the first two characters of longer keys (see <see cref="NameTrie{T}.KeyStarts"/>).</param>
    public StartPairs(IEnumerable<string> keyStarts)
    {
        var pairs = new SortedSet<(char First, char Second)>();
        foreach (var start in keyStarts)
        {
            _firsts.Add(start[0]);
            if (start.Length == 1)
                _wholeKeys.Add(start[0]);
            else
                pairs.Add((start[0], start[1]));
        }

        _ranksBefore = _firsts.RanksBefore();
        _runStarts = new int[_ranksBefore[^1] + 1];
        _seconds = new char[pairs.Count];
        var at = 0;
        foreach (var (first, second) in pairs)
        {
            _seconds[at++] = second;
            _runStarts[RankOf(first) + 1] = at;
        }
        // First characters without pairs (one-character keys only) get an empty run where the previous run ends.
        for (var rank = 1; rank < _runStarts.Length; rank++)
            _runStarts[rank] = Math.Max(_runStarts[rank], _runStarts[rank - 1]);
    }

    /// <summary>How many first characters come before <paramref name="first"/>, which must be one.</summary>
    private int RankOf(char first) =>
        _ranksBefore[first >> 6] + BitOperations.PopCount(_firsts.Word(first) & ((1UL << (first & 63)) - 1));

    private bool IsPair(char first, char second)
    {
        var rank = RankOf(first);
        var run = _seconds.AsSpan(_runStarts[rank], _runStarts[rank + 1] - _runStarts[rank]);
        return run.BinarySearch(second) >= 0;
    }

    /// <summary>The first position at or after <paramref name="from"/> where a key can start, else the text's length.</summary>
    public int NextIn(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (!_firsts.Contains(c))
                continue;
            if (_wholeKeys.Contains(c) || (i + 1 < text.Length && IsPair(c, text[i + 1])))
                return i;
        }
        return text.Length;
    }
}
