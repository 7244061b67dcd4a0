namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// How much of a file this process has mapped and resident, from <c>/proc/self/smaps</c> (the Rss of every mapping
/// of the file); Linux only (<see cref="LinuxFactAttribute"/>).
/// </summary>
internal static class ResidentPages
{
    public static long KilobytesOf(string path)
    {
        var (total, inFile) = (0L, false);
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            // A mapping's header: "start-end perms offset dev inode [path]"; its fields follow on "Name: value kB" lines.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-') && !fields[0].EndsWith(':')) inFile = fields.Length >= 6 && fields[5] == path;
            else if (inFile && fields is ["Rss:", var kilobytes, "kB"]) total += long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture);
        }
        return total;
    }
}
