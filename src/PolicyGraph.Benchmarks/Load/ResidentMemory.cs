using System.Globalization;

namespace PolicyGraph.Benchmarks.Load;

/// <summary>
/// A process's resident memory as Linux reports it in /proc/&lt;pid&gt;/status: VmRSS now, VmHWM the peak, and VmRSS
/// split into anonymous pages (RssAnon: heap, arrays, code's data) and file-backed pages (RssFile: mapped files,
/// which the page cache holds anyway). The split is null on kernels that do not print it.
/// </summary>
public sealed record ResidentMemory(long ResidentBytes, long PeakResidentBytes, long? AnonymousBytes = null, long? FileBytes = null)
{
    /// <summary>The figures of process <paramref name="processId"/>, or null when /proc has no such process.</summary>
    public static ResidentMemory? Read(int processId)
    {
        var path = $"/proc/{processId}/status";
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return Parse(lines);
    }

    /// <summary>Reads the "VmRSS:  123 kB", "VmHWM:", "RssAnon:" and "RssFile:" lines; null when VmRSS or VmHWM is missing.</summary>
    public static ResidentMemory? Parse(IEnumerable<string> statusLines)
    {
        long? resident = null, peak = null, anonymous = null, file = null;
        foreach (var line in statusLines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            switch (line[..colon])
            {
                case "VmRSS": resident = Bytes(line, colon); break;
                case "VmHWM": peak = Bytes(line, colon); break;
                case "RssAnon": anonymous = Bytes(line, colon); break;
                case "RssFile": file = Bytes(line, colon); break;
            }
        }
        return resident is { } r && peak is { } p ? new ResidentMemory(r, p, anonymous, file) : null;
    }

    /// <summary>The "N kB" after the colon, in bytes; null when it is not that.</summary>
    private static long? Bytes(string line, int colon)
    {
        var parts = line[(colon + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts is [var value, "kB"] && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes)
            ? kilobytes * 1024
            : null;
    }
}
