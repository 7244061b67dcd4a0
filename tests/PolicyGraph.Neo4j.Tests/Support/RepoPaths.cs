using System.Runtime.CompilerServices;

namespace PolicyGraph.Neo4j.Tests.Support;

/// <summary>
/// The checkout these tests were compiled from. Found from this source file's path, because builds use a
/// separate artifacts folder and the test binaries do not sit inside the repository.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No PolicyGraph.sln above {sourceFile}.");
    }
}
