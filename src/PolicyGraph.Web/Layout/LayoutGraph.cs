using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Layout;

/// <summary>
/// What a layout needs of a view: node ids in a fixed order and the edges between them as index pairs (self loops
/// and repeated pairs dropped: they add no force). <see cref="Key"/> names exactly this content, so a view laid out
/// once is found again whichever request, engine or graph version produced the same elements.
/// </summary>
public sealed class LayoutGraph
{
    private LayoutGraph(string[] ids, (int Source, int Target)[] edges, string key)
    {
        Ids = ids;
        Edges = edges;
        Key = key;
    }

    /// <summary>Node ids in ordinal order (the order of <see cref="ForceLayout"/>'s positions).</summary>
    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<(int Source, int Target)> Edges { get; }

    public string Key { get; }

    public int NodeCount => Ids.Count;

    public static LayoutGraph From(CyElements elements) =>
        From(elements.Nodes.Select(n => n.Data.Id), elements.Edges.Select(e => (e.Data.Source, e.Data.Target)));

    public static LayoutGraph From(IEnumerable<string> nodeIds, IEnumerable<(string Source, string Target)> links)
    {
        var ids = nodeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
            index[ids[i]] = i;
        var edges = new SortedSet<(int, int)>();
        foreach (var (source, target) in links)
        {
            if (!index.TryGetValue(source, out var a) || !index.TryGetValue(target, out var b) || a == b)
                continue;
            edges.Add(a < b ? (a, b) : (b, a));
        }
        var pairs = edges.ToArray();
        return new LayoutGraph(ids, pairs, KeyOf(ids, pairs));
    }

    // Counts and lengths go in before what they measure, so no two different views (whatever their ids hold) hash
    // the same bytes.
    private static string KeyOf(string[] ids, (int, int)[] edges)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[4];
        AppendNumber(hash, number, ids.Length);
        foreach (var id in ids)
        {
            var bytes = Encoding.UTF8.GetBytes(id);
            AppendNumber(hash, number, bytes.Length);
            hash.AppendData(bytes);
        }
        AppendNumber(hash, number, edges.Length);
        foreach (var (a, b) in edges)
        {
            AppendNumber(hash, number, a);
            AppendNumber(hash, number, b);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void AppendNumber(IncrementalHash hash, Span<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        hash.AppendData(buffer);
    }
}
