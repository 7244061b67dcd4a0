using System.Globalization;
using Newtonsoft.Json.Linq;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>
/// Where our process's resident memory is at one moment: resident pages split into anonymous (the heap, arrays,
/// code) and file-backed (the mapped snapshot's pages a read touched), the managed heap as the last collection left
/// it, and what the current snapshot has built per structure (<see cref="SnapshotMemory"/>). Read without forcing a
/// collection, so taking it does not change what it measures.
/// </summary>
public static class MemoryBreakdown
{
    private const double Megabyte = 1 << 20;

    public static JObject Read(GraphSnapshot snapshot)
    {
        var status = ProcessStatus();
        var gc = GC.GetGCMemoryInfo();
        var structures = SnapshotMemory.Of(snapshot);
        return new JObject
        {
            ["residentMb"] = Mb(status, "VmRSS"),
            ["peakMb"] = Mb(status, "VmHWM"),
            ["anonymousMb"] = Mb(status, "RssAnon"),
            ["fileMb"] = Mb(status, "RssFile"),
            ["gcHeapMb"] = Mb(gc.HeapSizeBytes),
            ["gcFragmentedMb"] = Mb(gc.FragmentedBytes),
            ["gcCommittedMb"] = Mb(gc.TotalCommittedBytes),
            ["nodeChunksBuilt"] = $"{structures.BuiltNodeChunks}/{structures.NodeChunks}",
            ["relationshipChunksBuilt"] = $"{structures.BuiltRelationshipChunks}/{structures.RelationshipChunks}",
            ["indexesMb"] = Mb(structures.IndexBytes),
            ["adjacencyMb"] = Mb(structures.FileAdjacencyBytes),
            ["propertyColumns"] = structures.PropertyColumns,
            ["propertyColumnsMb"] = Mb(structures.PropertyColumnBytes),
            ["encodedColumns"] = structures.EncodedColumns,
            ["encodedColumnsMb"] = Mb(structures.EncodedColumnBytes),
        };
    }

    /// <summary>One line for a report: "name: resident 123 MB (anon 100, file 23), heap …".</summary>
    public static string Line(string name, JObject memory) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} resident {memory["residentMb"]} MB (peak {memory["peakMb"]}; anon {memory["anonymousMb"]}, file {memory["fileMb"]}); " +
            $"heap {memory["gcHeapMb"]} MB (fragmented {memory["gcFragmentedMb"]}, committed {memory["gcCommittedMb"]}); " +
            $"chunks built: nodes {memory["nodeChunksBuilt"]}, relationships {memory["relationshipChunksBuilt"]}; " +
            $"label/type indexes {memory["indexesMb"]} MB, adjacency rows {memory["adjacencyMb"]} MB; columns {memory["propertyColumns"]} ({memory["propertyColumnsMb"]} MB), " +
            $"encoded {memory["encodedColumns"]} ({memory["encodedColumnsMb"]} MB)");

    /// <summary>The kB fields of /proc/self/status as bytes (empty where /proc is missing).</summary>
    private static Dictionary<string, long> ProcessStatus()
    {
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = File.ReadAllLines("/proc/self/status");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return fields;
        }
        foreach (var line in lines)
        {
            var parts = line.Split([':', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts is [var name, var value, "kB"] && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes))
                fields[name] = kilobytes * 1024;
        }
        return fields;
    }

    private static double? Mb(Dictionary<string, long> status, string field) => status.TryGetValue(field, out var bytes) ? Mb(bytes) : null;

    private static double? Mb(long? bytes) => bytes is { } b ? Math.Round(b / Megabyte, 1) : null;
}
