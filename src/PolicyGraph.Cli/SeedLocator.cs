namespace PolicyGraph.Cli;

/// <summary>Finds <c>seeds/documents</c> from the working directory or any of its parents.</summary>
public static class SeedLocator
{
    public static string DefaultDocumentsDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "documents");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "seeds", "documents");
    }
}
