namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Where a dictionary scan can find something, judged on two characters: a position qualifies when its character
/// is a key by itself, or when it and the next character begin some key. In Chinese text a quarter of the
/// positions hold a character that starts some name (市, 国, 发…), but far fewer hold the first two characters of
/// one, so the scan probes its tries at far fewer positions than a test of the first character alone allows.
/// </summary>
internal sealed class StartPairs
{
    private readonly StartCharacters _firsts = new([]);
    /// <summary>Characters that are keys by themselves: any next character will do.</summary>
    private readonly StartCharacters _wholeKeys = new([]);
    private readonly HashSet<int> _pairs = [];

    /// <param name="keyStarts">One-character keys and the first two characters of longer keys (see <see cref="NameTrie{T}.KeyStarts"/>).</param>
    public StartPairs(IEnumerable<string> keyStarts)
    {
        foreach (var start in keyStarts)
        {
            _firsts.Add(start[0]);
            if (start.Length == 1)
                _wholeKeys.Add(start[0]);
            else
                _pairs.Add(Pair(start[0], start[1]));
        }
    }

    private static int Pair(char first, char second) => (first << 16) | second;

    /// <summary>The first position at or after <paramref name="from"/> where a key can start, else the text's length.</summary>
    public int NextIn(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (!_firsts.Contains(c))
                continue;
            if (_wholeKeys.Contains(c) || (i + 1 < text.Length && _pairs.Contains(Pair(c, text[i + 1]))))
                return i;
        }
        return text.Length;
    }
}
