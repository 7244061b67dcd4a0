namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// The characters at which a dictionary scan can find something, as a bit set over all UTF-16 code units. Scans
/// use it to step over every other position without probing the tries. In Chinese text such positions come every
/// few characters — too often for a vectorised IndexOfAny to pay for its start-up on each call.
/// </summary>
internal sealed class StartCharacters
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public StartCharacters(IEnumerable<char> characters)
    {
        foreach (var c in characters)
            Add(c);
    }

    public void Add(char c) => _bits[c >> 6] |= 1UL << (c & 63);

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The first position at or after <paramref name="from"/> holding one of the characters, else the text's length.</summary>
    public int NextIn(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (Contains(text[i]))
                return i;
        }
        return text.Length;
    }
}
