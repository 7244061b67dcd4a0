using System.Runtime.CompilerServices;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Locates the repository's seeds from this source file, so tests do not depend on the working directory.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ReferenceDirectory => Path.Combine(RepositoryRoot, "seeds", "reference");

    public static string DocumentsDirectory => Path.Combine(RepositoryRoot, "seeds", "documents");

    public static Gazetteer Gazetteer { get; } = Gazetteer.Load(ReferenceDirectory);

    public static string ReadDocument(string fileName) =>
        File.ReadAllText(Path.Combine(DocumentsDirectory, fileName));

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds", "reference")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("No seeds/reference above " + thisFile);
    }
}
