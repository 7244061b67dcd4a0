namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// The test classes that set the static <c>SnapshotValues.WriteChunkBytes</c> share this collection, so they never
/// run at the same time and one's setting never leaks into another's checkpoint.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class ValueChunkSize
{
    public const string Collection = "SnapshotValues.WriteChunkBytes";
}
