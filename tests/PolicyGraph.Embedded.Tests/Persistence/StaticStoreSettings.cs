namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// Every test class that changes a static store setting (<c>SnapshotValues.WriteChunkBytes</c>,
/// <c>SnapshotColumns.ReadPieceElements</c>, <c>SnapshotFile.HashSliceBytes</c>, <c>SnapshotFile.ReadFaultForTests</c>)
/// belongs to this collection. It runs alone, after the parallel collections, so a setting changed by one test never
/// reaches a store another test writes or opens at the same time.
/// </summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class StaticStoreSettings
{
    public const string Collection = "Static store settings";
}
