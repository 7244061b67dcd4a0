using System.Runtime.InteropServices;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// fsync of a directory, so a rename or a new file survives a power loss (POSIX only: .NET has no API for it,
/// and on Windows a rename is made durable by the file system itself).
/// </summary>
internal static partial class DirectorySync
{
    private const int ReadOnlyFlag = 0;

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        var descriptor = Open(directory, ReadOnlyFlag);
        if (descriptor < 0) return;
        try
        {
            if (Fsync(descriptor) != 0)
                throw new StoreException(StoreErrorCode.WriteFailed, $"{directory}: syncing the directory failed (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
