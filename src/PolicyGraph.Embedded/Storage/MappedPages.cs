using System.Runtime.InteropServices;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Gives back the pages a pass over a mapped snapshot file made resident. Building a column reads the values of
/// every node once; the pages it touched would otherwise stay mapped into the process (resident, though the page
/// cache holds them anyway) long after the column no longer needs them. The mapping is read-only and shared, so
/// dropping its pages loses nothing: a later read maps the page again from the page cache. Linux only; elsewhere
/// the pages stay until the system reclaims them.
/// </summary>
internal static unsafe partial class MappedPages
{
    private const int DontNeed = 4;

    /// <summary>Drops the resident pages of [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="file"/> (whole pages inside the range).</summary>
    public static void Release(MappedFile file, long start, long length)
    {
        if (!OperatingSystem.IsLinux() || length <= 0 || start < 0 || start + length > file.Length) return;
        var page = Environment.SystemPageSize;
        var first = (nint)file.Pointer(start);
        var alignedStart = (first + page - 1) & ~(nint)(page - 1);
        var alignedEnd = (first + (nint)length) & ~(nint)(page - 1);
        if (alignedEnd > alignedStart) _ = Advise(alignedStart, (nuint)(alignedEnd - alignedStart), DontNeed);
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
