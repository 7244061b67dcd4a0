namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// A character trie for dictionary matching in unsegmented Chinese text.
/// Keys added twice keep their first value, so earlier (canonical) entries win over later aliases.
/// </summary>
internal sealed class NameTrie<T>
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public bool HasValue;
        public T? Value;
    }

    private readonly Node _root = new();

    public void Add(string key, T value)
    {
        if (key.Length == 0)
            return;
        var node = _root;
        foreach (var ch in key)
        {
            node.Children ??= new Dictionary<char, Node>();
            if (!node.Children.TryGetValue(ch, out var next))
                node.Children[ch] = next = new Node();
            node = next;
        }
        if (node.HasValue)
            return;
        node.HasValue = true;
        node.Value = value;
    }

    /// <summary>Every key that starts at <paramref name="start"/>, shortest first, as (length, value).</summary>
    public IEnumerable<(int Length, T Value)> MatchesAt(string text, int start)
    {
        var node = _root;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text[i], out node))
                yield break;
            if (node.HasValue)
                yield return (i - start + 1, node.Value!);
        }
    }

    public (int Length, T Value)? LongestAt(string text, int start)
    {
        (int, T)? best = null;
        foreach (var match in MatchesAt(text, start))
            best = match;
        return best;
    }

    public bool TryGetExact(string key, out T value)
    {
        foreach (var (length, found) in MatchesAt(key, 0))
        {
            if (length == key.Length)
            {
                value = found;
                return true;
            }
        }
        value = default!;
        return false;
    }
}
