namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// A file beside the logs saying that a sync of several transactions began and has not finished. Made durable
/// before the sync's first commit and removed after its last, so a sync killed half way is known on the next run
/// even when every document it wrote already has its final hash.
/// </summary>
internal static class SyncMarker
{
    public const string FileName = "sync-incomplete";

    public static bool IsSet(string directory) => File.Exists(Path.Combine(directory, FileName));

    public static void Set(string directory)
    {
        using (var file = new FileStream(Path.Combine(directory, FileName), FileMode.Create, FileAccess.Write, FileShare.None))
            file.Flush(flushToDisk: true);
        DirectorySync.Flush(directory);
    }

    public static void Clear(string directory)
    {
        File.Delete(Path.Combine(directory, FileName));
        DirectorySync.Flush(directory);
    }
}
