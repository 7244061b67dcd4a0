using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>The repository's seeds, so tests do not depend on the working directory.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot => PolicyGraph.Testing.RepositoryRoot.Path;

    public static string ReferenceDirectory => Path.Combine(RepositoryRoot, "seeds", "reference");

    public static string DocumentsDirectory => Path.Combine(RepositoryRoot, "seeds", "documents");

    public static Gazetteer Gazetteer { get; } = Gazetteer.Load(ReferenceDirectory);

    public static string ReadDocument(string fileName) =>
        File.ReadAllText(Path.Combine(DocumentsDirectory, fileName));
}
