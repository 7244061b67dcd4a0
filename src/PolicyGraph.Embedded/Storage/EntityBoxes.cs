using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// The boxed <see cref="NodeRef"/> (or <see cref="RelationshipRef"/>) of every id, shared by the snapshots of one
/// store (a reference means the same in each). Rows hold values as objects; making the boxes once, in id order,
/// when a commit adds ids lays them out next to each other, so scans over many entities stay cache-friendly (boxes
/// made lazily end up scattered in the order queries first touched them, which made a 45k-node scan twice as slow
/// after other queries had run). Growing past the capacity copies into a new instance, so the shared empty
/// instances are never written; filling slots within the capacity happens under the store's writer lock, and a
/// reader either finds a slot's box or makes an equal one.
/// </summary>
public sealed class EntityBoxes
{
    // Slot i holds the box of id _unkeptBelow + i.
    private readonly object?[] _boxes;
    private readonly Func<int, object> _box;

    // Ids below this get a new box on each request, kept by nobody (see Unkept); carried into every grown copy.
    private readonly int _unkeptBelow;

    // Ids below this already have boxes (or are unkept), so a commit only boxes the ids it added (written under the writer lock).
    private int _covered;

    private EntityBoxes(object?[] boxes, Func<int, object> box, int covered, int unkeptBelow = 0)
    {
        _boxes = boxes;
        _box = box;
        _covered = covered;
        _unkeptBelow = unkeptBelow;
    }

    public static EntityBoxes NoNodes { get; } = new([], static id => new NodeRef(id), 0);

    public static EntityBoxes NoRelationships { get; } = new([], static id => new RelationshipRef(id), 0);

    private const int BlockSize = 1024;

    public object Get(int id) =>
        (uint)(id - _unkeptBelow) < (uint)_boxes.Length && _boxes[id - _unkeptBelow] is { } box ? box : Missing(id);

    /// <summary>
    /// Room for every id below <paramref name="length"/> with the boxes made on first use, a block of ids at a time in
    /// id order (opening a store: boxing millions of ids up front cost more than reading the snapshot).
    /// </summary>
    internal static EntityBoxes Deferred(EntityBoxes kind, int length) =>
        length == 0 ? kind : new EntityBoxes(new object?[length], kind._box, length);

    /// <summary>
    /// Room for no id below <paramref name="length"/>: each request for one makes a new box, kept by nobody (a store
    /// opened from its file, for relationships: a walk asks for a few of many millions, and boxing each one's block
    /// of ids kept most of them, 24 bytes each plus a slot). Ids a commit adds later are boxed and kept as usual.
    /// </summary>
    internal static EntityBoxes Unkept(EntityBoxes kind, int length) =>
        length == 0 ? kind : new EntityBoxes([], kind._box, length, unkeptBelow: length);

    private object Missing(int id)
    {
        var slot = id - _unkeptBelow;
        if ((uint)slot >= (uint)_boxes.Length) return _box(id);
        var first = slot & ~(BlockSize - 1);
        for (var i = first; i < Math.Min(first + BlockSize, _boxes.Length); i++)
            if (_boxes[i] is null) Interlocked.CompareExchange(ref _boxes[i], _box(_unkeptBelow + i), null);
        return _boxes[slot]!;
    }

    /// <summary>Boxes for every id below <paramref name="length"/>: this instance when it has room, else a grown copy.</summary>
    internal EntityBoxes CoveringIdsBelow(int length)
    {
        var slots = length - _unkeptBelow;
        var target = slots <= _boxes.Length ? this : new EntityBoxes(Grow(_boxes, slots), _box, _covered, _unkeptBelow);
        var boxes = target._boxes;
        for (var id = target._covered; id < length; id++) boxes[id - _unkeptBelow] ??= _box(id);
        if (length > target._covered) target._covered = length;
        return target;
    }

    private static object?[] Grow(object?[] boxes, int length)
    {
        var grown = new object?[Math.Max(length, boxes.Length * 2)];
        Array.Copy(boxes, grown, boxes.Length);
        return grown;
    }
}
