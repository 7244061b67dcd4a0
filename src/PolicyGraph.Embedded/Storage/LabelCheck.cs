namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// One label resolved for repeated membership tests (see <see cref="GraphTransaction.ResolveLabel"/>): a node the
/// transaction has not changed is tested against the snapshot's bitset without hashing the label name; a drafted
/// node is asked through the transaction, so the answer always equals <see cref="GraphTransaction.HasLabel(int, string)"/>.
/// </summary>
public readonly struct LabelCheck
{
    private readonly GraphTransaction _graph;
    private readonly string _label;
    private readonly ulong[]? _committedBits;

    internal LabelCheck(GraphTransaction graph, string label, ulong[]? committedBits)
    {
        _graph = graph;
        _label = label;
        _committedBits = committedBits;
    }

    public bool IsOn(int node)
    {
        if (_graph.IsDrafted(node)) return _graph.HasLabel(node, _label);
        var bits = _committedBits;
        return bits is not null && (uint)(node >> 6) < (uint)bits.Length && (bits[node >> 6] & (1UL << (node & 63))) != 0;
    }
}
