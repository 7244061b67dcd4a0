using System.Reflection;

namespace PolicyGraph.Testing;

/// <summary>
/// The checkout a test assembly was built from. Builds may put binaries anywhere (artifacts paths), so the root is
/// stamped into every test assembly at build time (Directory.Build.props) rather than searched for at run time.
/// Linked into every test project from tests/Shared.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The test assembly lacks its RepositoryRoot metadata (see Directory.Build.props).");

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static string SeedDocuments => Combine("seeds", "documents");

    public static string SeedReference => Combine("seeds", "reference");
}
