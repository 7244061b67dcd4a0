namespace PolicyGraph.Neo4j.Tests.Support;

/// <summary>The checkout these tests were compiled from (see PolicyGraph.Testing.RepositoryRoot).</summary>
internal static class RepoPaths
{
    public static string Root => PolicyGraph.Testing.RepositoryRoot.Path;

    public static string Combine(params string[] parts) => PolicyGraph.Testing.RepositoryRoot.Combine(parts);
}
