using System.Runtime.CompilerServices;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// The sort buffer behind ORDER BY: chunks that each stay off the large-object heap, sorted and merged into the same
/// order as one stable sort (checked against LINQ's OrderBy, not against the buffer itself).
/// </summary>
public sealed class ChunkedSortBufferTests
{
    private readonly record struct Item(int Key, int Arrival);

    private static readonly IComparer<Item> ByKeyThenArrival = Comparer<Item>.Create((a, b) =>
        a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Arrival.CompareTo(b.Arrival));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(-1)] // exactly one chunk
    [InlineData(-3)] // three chunks and a part
    public void Items_come_out_in_the_order_of_one_stable_sort(int size)
    {
        var count = size switch { -1 => ChunkedSortBuffer<Item>.ChunkLength, -3 => 3 * ChunkedSortBuffer<Item>.ChunkLength + 17, _ => size };
        var items = Enumerable.Range(0, count).Select(i => new Item((int)(i * 7919L % 101), i)).ToArray();
        var buffer = new ChunkedSortBuffer<Item>(ByKeyThenArrival);
        foreach (var item in items) buffer.Add(item);

        var sorted = buffer.Sorted().ToList();

        Assert.Equal(count, buffer.Count);
        Assert.Equal(items.OrderBy(i => i.Key).ThenBy(i => i.Arrival), sorted);
    }

    [Fact]
    public void A_chunk_of_references_or_of_sort_entries_stays_below_the_large_object_threshold()
    {
        Assert.True(ChunkedSortBuffer<object>.ChunkLength * (long)Unsafe.SizeOf<object>() + 64 <= QueryBudget.LargeObjectThreshold);
        Assert.True(ChunkedSortBuffer<(object, object, object, int)>.ChunkLength * 32L + 64 <= QueryBudget.LargeObjectThreshold);
        Assert.True(ChunkedSortBuffer<(object, object, object, int)>.ChunkLength > 2000);
    }
}
