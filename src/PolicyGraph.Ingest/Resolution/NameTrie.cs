namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// A character trie for dictionary matching in unsegmented Chinese text.
/// Keys added twice keep their first value, so earlier (canonical) entries win over later aliases.
/// </summary>
internal sealed class NameTrie<T>
{
    internal sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public bool HasValue;
        public T? Value;
    }

    private readonly Node _root = new();

    /// <summary>The characters keys start with: a scan can skip every position holding another character.</summary>
    public IEnumerable<char> FirstCharacters => _root.Children?.Keys ?? Enumerable.Empty<char>();

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
    /// <remarks>A struct enumerator: mention scans call this at every character, so it must not allocate.</remarks>
    public MatchEnumerator MatchesAt(string text, int start) => new(_root, text, start);

    public struct MatchEnumerator
    {
        private Node? _node;
        private readonly string _text;
        private readonly int _start;
        private int _index;

        internal MatchEnumerator(Node root, string text, int start)
        {
            _node = root;
            _text = text;
            _start = start;
            _index = start;
            Current = default;
        }

        public (int Length, T Value) Current { get; private set; }

        public readonly MatchEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_node is not null && _index < _text.Length)
            {
                if (_node.Children is null || !_node.Children.TryGetValue(_text[_index], out var next))
                {
                    _node = null;
                    return false;
                }
                _node = next;
                _index++;
                if (next.HasValue)
                {
                    Current = (_index - _start, next.Value!);
                    return true;
                }
            }
            return false;
        }
    }

    // Called at every character of every document (mention scans), so it walks the trie without allocating.
    public (int Length, T Value)? LongestAt(string text, int start)
    {
        var node = _root;
        (int, T)? best = null;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text[i], out node))
                break;
            if (node.HasValue)
                best = (i - start + 1, node.Value!);
        }
        return best;
    }

    public bool TryGetExact(string key, out T value)
    {
        var node = _root;
        foreach (var ch in key)
        {
            if (node.Children is null || !node.Children.TryGetValue(ch, out node))
            {
                value = default!;
                return false;
            }
        }
        value = node.HasValue ? node.Value! : default!;
        return node.HasValue && key.Length > 0;
    }
}
