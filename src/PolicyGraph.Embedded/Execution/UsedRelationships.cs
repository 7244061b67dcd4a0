namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// The relationships bound so far in one match, for relationship uniqueness. The depth-first matcher binds and
/// unbinds in stack order and rarely holds more than a few, so a small array scanned from the top beats a hash
/// set (which hashed on every hop); long variable-length trails switch to a hash set.
/// </summary>
internal sealed class UsedRelationships
{
    private const int ScanLimit = 16;
    private int[] _stack = new int[8];
    private int _count;
    private HashSet<int>? _large;

    public bool Contains(int relationship)
    {
        if (_large is not null) return _large.Contains(relationship);
        for (var i = _count - 1; i >= 0; i--)
            if (_stack[i] == relationship) return true;
        return false;
    }

    /// <summary>Binds a relationship the caller checked is not already bound.</summary>
    public void Add(int relationship)
    {
        if (_count == _stack.Length) Array.Resize(ref _stack, _count * 2);
        _stack[_count++] = relationship;
        if (_large is not null) _large.Add(relationship);
        else if (_count > ScanLimit) _large = [.. _stack.AsSpan(0, _count)];
    }

    /// <summary>Unbinds a relationship; normally the most recent one, so the search starts at the top.</summary>
    public void Remove(int relationship)
    {
        var index = _count - 1;
        while (index >= 0 && _stack[index] != relationship) index--;
        if (index < 0) return;
        // The usual case is the top of the stack; Array.Copy costs a call (and a GC poll) even for nothing.
        if (index < _count - 1) _stack.AsSpan(index + 1, _count - index - 1).CopyTo(_stack.AsSpan(index));
        _count--;
        _large?.Remove(relationship);
        if (_count <= ScanLimit) _large = null;
    }
}
