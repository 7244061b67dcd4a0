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

    /// <summary>The 64-bit word of the set that holds <paramref name="c"/>'s bit (bit <c>c &amp; 63</c>).</summary>
    public ulong Word(char c) => _bits[c >> 6];

    /// <summary>For each word of the set, how many characters the words before it hold; one more entry gives the total.</summary>
    public int[] RanksBefore()
    {
        var ranks = new int[_bits.Length + 1];
        for (var word = 0; word < _bits.Length; word++)
            ranks[word + 1] = ranks[word] + System.Numerics.BitOperations.PopCount(_bits[word]);
        return ranks;
    }

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
