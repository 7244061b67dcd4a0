namespace PolicyGraph.Web.Tests.Support;

/// <summary>Folders of the repository the tests read where they lie (seeds, named queries, the web project).</summary>
public static class RepositoryPaths
{
    public static string Root => PolicyGraph.Testing.RepositoryRoot.Path;

    public static string Seeds => Path.Combine(Root, "seeds", "documents");

    public static string Queries => Path.Combine(Root, "cypher", "queries");

    public static string WebProject => Path.Combine(Root, "src", "PolicyGraph.Web");
}
