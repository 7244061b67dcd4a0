using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Cli.CrashTesting;

/// <summary>What a store holds after a crash: its documents by content hash with the parts each has, and parts no document holds.</summary>
internal sealed record StoreState(long Version, IReadOnlyDictionary<string, long> PartsByHash, long OrphanParts, int Warnings)
{
    /// <summary>
    /// Reads the store in <paramref name="directory"/> as a writer would open it after a crash (so a torn tail is
    /// repaired, as the next load would). A document's parts are the sections, measures and requirements under it.
    /// </summary>
    public static async Task<StoreState> ReadAsync(string directory)
    {
        await using var store = EmbeddedGraphBackend.Open(directory, StoreOptions.Writer);
        var documents = await store.RunAsync("""
            MATCH (d:Document) WHERE d.sourceFile IS NOT NULL
            OPTIONAL MATCH (d)-[:HAS_SECTION|CONTAINS*]->(part)
            RETURN d.sha256 AS hash, count(DISTINCT part) AS parts
            """);
        var orphans = await store.RunAsync("""
            MATCH (part) WHERE (part:Section OR part:Measure OR part:Requirement) AND NOT (:Document)-[:HAS_SECTION|CONTAINS*]->(part)
            RETURN count(part)
            """);
        var parts = documents.Rows.ToDictionary(r => (string)r[0]!, r => (long)r[1]!, StringComparer.Ordinal);
        return new StoreState(store.CurrentSnapshot.Version, parts, (long)orphans.Rows[0][0]!, store.OpenReport!.Warnings.Count);
    }

    /// <summary>Documents of this state that are not whole: a part count other than a complete load of the same content gives.</summary>
    public IEnumerable<string> Incomplete(IReadOnlyDictionary<string, long> expectedParts) =>
        PartsByHash.Where(d => !expectedParts.TryGetValue(d.Key, out var expected) || expected != d.Value).Select(d => d.Key);
}
