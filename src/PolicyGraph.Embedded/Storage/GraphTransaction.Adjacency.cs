namespace PolicyGraph.Embedded.Storage;

// Adjacency read in place for expansion: the file's compact rows where a node is as the store's file has it, else
// the record's entries; never building a record only to read its relationships.
public sealed partial class GraphTransaction
{
    /// <summary>
    /// The committed adjacency of a node this transaction has not changed (the fast path for expansion); false when
    /// the node is drafted (read <see cref="Outgoing"/> / <see cref="Incoming"/>) or does not exist.
    /// </summary>
    internal bool TryUnchangedHops(int node, out HopRow outgoing, out HopRow incoming)
    {
        if (_nodeDrafts.Count != 0 && _nodeDrafts.ContainsKey(node))
        {
            outgoing = incoming = default;
            return false;
        }
        return TryCommittedHops(Snapshot, node, out outgoing, out incoming);
    }

    /// <summary>A committed node's adjacency in <paramref name="snapshot"/>; false when there is no such node. Safe from several threads.</summary>
    internal static bool TryCommittedHops(GraphSnapshot snapshot, int node, out HopRow outgoing, out HopRow incoming)
    {
        var nodes = snapshot.Nodes;
        if (nodes.FileAdjacency(node) is { } rows)
        {
            var exists = nodes.Contains(node);
            outgoing = exists ? rows.Outgoing(node) : default;
            incoming = exists ? rows.Incoming(node) : default;
            return exists;
        }
        if (nodes[node] is { } record)
        {
            outgoing = new HopRow(record.Outgoing);
            incoming = new HopRow(record.Incoming);
            return true;
        }
        outgoing = incoming = default;
        return false;
    }
}
