using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// Indexes derived from one committed snapshot, built on first use and shared by every reader of it. A snapshot
/// never changes, so an entry never goes stale; it goes with its snapshot. Readers that ask while it is being built
/// wait for that one build.
/// </summary>
internal static class SnapshotIndexCache<TIndex>
    where TIndex : class
{
    private static readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<string, Lazy<TIndex>>> Built = new();

    /// <param name="name">The index definition's name: one index per name and snapshot.</param>
    public static TIndex Get(GraphSnapshot snapshot, string name, Func<TIndex> build)
    {
        var bySnapshot = Built.GetValue(snapshot, static _ => new ConcurrentDictionary<string, Lazy<TIndex>>(StringComparer.Ordinal));
        var entry = bySnapshot.GetOrAdd(name, _ => new Lazy<TIndex>(build));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A failed build (out of memory, say) is not kept: the next reader tries again instead of failing forever.
            bySnapshot.TryRemove(new KeyValuePair<string, Lazy<TIndex>>(name, entry));
            throw;
        }
    }
}
