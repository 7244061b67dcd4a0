using System.Globalization;

namespace PolicyGraph.Benchmarks.Load;

/// <summary>A process's resident memory as Linux reports it in /proc/&lt;pid&gt;/status (VmRSS now, VmHWM the peak).</summary>
public sealed record ResidentMemory(long ResidentBytes, long PeakResidentBytes)
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

    /// <summary>Reads "VmRSS:  123 kB" and "VmHWM:  456 kB" lines; null when either is missing.</summary>
    public static ResidentMemory? Parse(IEnumerable<string> statusLines)
    {
        long? resident = null, peak = null;
        foreach (var line in statusLines)
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) resident = Kilobytes(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line);
        }
        return resident is { } r && peak is { } p ? new ResidentMemory(r * 1024, p * 1024) : null;
    }

    private static long? Kilobytes(string line)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
