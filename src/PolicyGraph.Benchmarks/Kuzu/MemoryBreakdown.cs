using System.Globalization;
using Newtonsoft.Json.Linq;
using PolicyGraph.Benchmarks.Load;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>
/// Where our process's resident memory is at one moment: resident pages split into anonymous (the heap, arrays,
/// code) and file-backed (the mapped snapshot's pages a read touched), the managed heap as the last collection left
/// it, and what the current snapshot has built per structure (<see cref="SnapshotMemory"/>). It forces no
/// collection, but it is not free: sizing a column without an encoding walks it with a set of its distinct values,
/// which the heap and resident figures read after it include. So it is taken only when asked for (--memory), after
/// the compared figures of that moment.
/// </summary>
public static class MemoryBreakdown
{
    private const double Megabyte = 1 << 20;

    public static JObject Read(GraphSnapshot snapshot)
    {
        var status = ResidentMemory.Read(Environment.ProcessId);
        var gc = GC.GetGCMemoryInfo();
        var structures = SnapshotMemory.Of(snapshot);
        return new JObject
        {
            ["residentMb"] = Mb(status?.ResidentBytes),
            ["peakMb"] = Mb(status?.PeakResidentBytes),
            ["anonymousMb"] = Mb(status?.AnonymousBytes),
            ["fileMb"] = Mb(status?.FileBytes),
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

    private static double? Mb(long? bytes) => bytes is { } b ? Math.Round(b / Megabyte, 1) : null;
}
