namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// A word that opens a name relative to the document's own place (市 in 市商务局, 自治区 in 自治区商务厅), from
/// level-words.tsv: it points to the nearest place of one of <see cref="Levels"/> whose name ends with
/// <see cref="Ending"/>.
/// </summary>
public sealed record LevelWord(string Word, IReadOnlyList<string> Levels, string Ending);

/// <summary>The level words of level-words.tsv, matched longest first.</summary>
internal sealed class LevelWords
{
    private readonly NameTrie<LevelWord> _trie = new();

    public LevelWords(IEnumerable<LevelWord> words, AgencyEndings endings)
    {
        var list = words.ToList();
        foreach (var word in list)
            _trie.Add(word.Word, word);
        Collectives = new CollectiveUnits(list.Select(w => w.Word), endings);
    }

    /// <summary>Collectives of local governments ("各市、县人民政府"), found by these level words.</summary>
    public CollectiveUnits Collectives { get; }

    public IEnumerable<char> FirstCharacters => _trie.FirstCharacters;

    /// <summary>How the words start (see <see cref="NameTrie{T}.KeyStarts"/>).</summary>
    public IEnumerable<string> KeyStarts() => _trie.KeyStarts();

    /// <summary>The longest level word at <paramref name="start"/>, or null.</summary>
    public LevelWord? At(string text, int start) =>
        start < text.Length && _trie.LongestAt(text, start) is { } match ? match.Value : null;

    /// <summary>True when <paramref name="c"/> can start a level word.</summary>
    public bool Starts(char c) => _trie.StartsKey(c);
}
