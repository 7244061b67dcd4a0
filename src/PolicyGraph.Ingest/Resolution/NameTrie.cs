namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// A character trie for dictionary matching in unsegmented Chinese text.
/// Keys added twice keep their first value, so earlier (canonical) entries win over later aliases.
/// </summary>
internal sealed class NameTrie<T>
{
    /// <remarks>
    /// Children are kept in sorted arrays, not a dictionary: below the root a node has a handful of children,
    /// and scans probe the trie at nearly every character, where a short linear search beats hashing.
    /// </remarks>
    internal sealed class Node
    {
        private const int LinearSearchLimit = 8;

        private char[] _keys = [];
        private Node[] _children = [];
        public bool HasValue;
        public T? Value;

        public IEnumerable<char> Keys => _keys;

        public Node? Child(char c)
        {
            var keys = _keys;
            if (keys.Length <= LinearSearchLimit)
            {
                for (var i = 0; i < keys.Length; i++)
                {
                    if (keys[i] == c) return _children[i];
                }
                return null;
            }
            var at = Array.BinarySearch(keys, c);
            return at >= 0 ? _children[at] : null;
        }

        public Node GetOrAddChild(char c)
        {
            var at = Array.BinarySearch(_keys, c);
            if (at >= 0) return _children[at];
            var child = new Node();
            _keys = [.. _keys.AsSpan(0, ~at), c, .. _keys.AsSpan(~at)];
            _children = [.. _children.AsSpan(0, ~at), child, .. _children.AsSpan(~at)];
            return child;
        }
    }

    /// <summary>
    /// The root's children by character, in pages of 256 code units made as first characters arrive: the root has
    /// thousands of children and is probed at nearly every character of every text, where two array reads beat a
    /// hash lookup (and most probes fail at once, on a missing page or an empty slot).
    /// </summary>
    private readonly Node?[]?[] _firstLevel = new Node?[]?[PageCount];

    private const int PageBits = 8;
    private const int PageCount = (char.MaxValue + 1) >> PageBits;
    private const int PageMask = (1 << PageBits) - 1;

    private readonly List<char> _firstCharacters = [];

    /// <summary>The characters keys start with, in the order first added: a scan can skip every position holding another character.</summary>
    public IEnumerable<char> FirstCharacters => _firstCharacters;

    public void Add(string key, T value)
    {
        if (key.Length > 0 && NodeFor(key) is { HasValue: false } node)
        {
            node.HasValue = true;
            node.Value = value;
        }
    }

    /// <summary>The value stored under a non-empty <paramref name="key"/>, stored first from <paramref name="create"/> if none is.</summary>
    public T GetOrAdd(string key, Func<T> create)
    {
        var node = NodeFor(key);
        if (!node.HasValue)
        {
            node.HasValue = true;
            node.Value = create();
        }
        return node.Value!;
    }

    private Node NodeFor(string key)
    {
        var page = _firstLevel[key[0] >> PageBits] ??= new Node?[PageMask + 1];
        if (page[key[0] & PageMask] is not { } node)
        {
            page[key[0] & PageMask] = node = new Node();
            _firstCharacters.Add(key[0]);
        }
        foreach (var ch in key.AsSpan(1))
            node = node.GetOrAddChild(ch);
        return node;
    }

    /// <summary>
    /// How keys start, as one- or two-character strings: a first character alone when it is a key itself (any text
    /// after it can start a match), else with each character that follows it in some key.
    /// </summary>
    public IEnumerable<string> KeyStarts()
    {
        foreach (var first in _firstCharacters)
        {
            var node = FirstNode(first)!;
            if (node.HasValue)
            {
                yield return first.ToString();
                continue;
            }
            foreach (var second in node.Keys)
                yield return new string([first, second]);
        }
    }

    /// <summary>The node reached from the root by <paramref name="first"/>, or null.</summary>
    private Node? FirstNode(char first) => _firstLevel[first >> PageBits]?[first & PageMask];

    /// <summary>Whether some key starts with <paramref name="first"/>.</summary>
    public bool StartsKey(char first) => FirstNode(first) is not null;

    /// <summary>Every key that starts at <paramref name="start"/>, shortest first, as (length, value).</summary>
    /// <remarks>A struct enumerator: mention scans call this at every character, so it must not allocate.</remarks>
    public MatchEnumerator MatchesAt(string text, int start) =>
        new(start < text.Length ? FirstNode(text[start]) : null, text, start);

    public struct MatchEnumerator
    {
        private Node? _node;
        private readonly string _text;
        private readonly int _start;
        private int _index;

        internal MatchEnumerator(Node? first, string text, int start)
        {
            _node = first;
            _text = text;
            _start = start;
            _index = start + 1;
            Current = default;
        }

        public (int Length, T Value) Current { get; private set; }

        public readonly MatchEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_node is { } node)
            {
                _node = _index < _text.Length ? node.Child(_text[_index]) : null;
                _index++;
                if (node.HasValue)
                {
                    Current = (_index - 1 - _start, node.Value!);
                    return true;
                }
            }
            return false;
        }
    }

    // Called at every character of every document (mention scans), so it walks the trie without allocating.
    public (int Length, T Value)? LongestAt(string text, int start)
    {
        if (start >= text.Length) return null;
        var node = FirstNode(text[start]);
        (int, T)? best = null;
        for (var i = start + 1; node is not null; i++)
        {
            if (node.HasValue)
                best = (i - start, node.Value!);
            node = i < text.Length ? node.Child(text[i]) : null;
        }
        return best;
    }

    public bool TryGetExact(string key, out T value)
    {
        var node = key.Length == 0 ? null : FirstNode(key[0]);
        for (var i = 1; node is not null && i < key.Length; i++)
            node = node.Child(key[i]);
        value = node is { HasValue: true } ? node.Value! : default!;
        return node is { HasValue: true };
    }
}
