namespace PolicyGraph.Embedded.Search;

/// <summary>Why full-text index files on disk were not used (refused with the reason, or missing), for hosts to report.</summary>
public static class FullTextIndexProblems
{
    /// <summary>
    /// The problems met since the last call, oldest first; each is returned once. They arise when a search, a
    /// checkpoint or <c>BuildFullTextIndexesAsync</c> first needs an index, not at open.
    /// </summary>
    public static IReadOnlyList<string> TakeFullTextIndexProblems(this EmbeddedGraphBackend backend)
    {
        var taken = new List<string>();
        if (backend.CurrentSnapshot.Lineage?.Bases.Problems is not { } problems) return taken;
        while (problems.TryDequeue(out var problem)) taken.Add(problem);
        return taken;
    }
}
