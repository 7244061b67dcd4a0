using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// The sort buffer behind ORDER BY: chunks that each stay off the large-object heap, small at first and doubling up
/// to a full chunk, sorted and merged into the same order as one stable sort (checked against LINQ's OrderBy, not
/// against the buffer itself).
/// </summary>
public sealed class ChunkedSortBufferTests
{
    private readonly record struct Item(int Key, int Arrival);

    private static readonly IComparer<Item> ByKeyThenArrival = Comparer<Item>.Create((a, b) =>
        a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Arrival.CompareTo(b.Arrival));

    private static int FullChunk => ChunkedSortBuffer<Item>.ChunkLength;

    /// <summary>Items held by the growing chunks before the first full-length one.</summary>
    private static int GrowingChunksHold
    {
        get
        {
            var total = 0;
            for (var length = ChunkedSortBuffer<Item>.FirstChunkLength; length < FullChunk; length *= 2) total += length;
            return total;
        }
    }

    [Theory]
    [InlineData("no item")]
    [InlineData("one item")]
    [InlineData("the first chunk and one more")]
    [InlineData("growing chunks filled exactly")]
    [InlineData("growing chunks, three full chunks and a part")]
    public void Items_come_out_in_the_order_of_one_stable_sort(string size)
    {
        var count = size switch
        {
            "no item" => 0,
            "one item" => 1,
            "the first chunk and one more" => ChunkedSortBuffer<Item>.FirstChunkLength + 1,
            "growing chunks filled exactly" => GrowingChunksHold,
            _ => GrowingChunksHold + 3 * FullChunk + 17,
        };
        var items = Enumerable.Range(0, count).Select(i => new Item((int)(i * 7919L % 101), i)).ToArray();
        var buffer = new ChunkedSortBuffer<Item>(ByKeyThenArrival);
        foreach (var item in items) buffer.Add(item);

        var sorted = buffer.Sorted().ToList();

        Assert.Equal(count, buffer.Count);
        Assert.Equal(items.OrderBy(i => i.Key).ThenBy(i => i.Arrival), sorted);
    }

    [Fact]
    public void One_item_takes_a_small_chunk_and_chunks_double_up_to_the_full_length()
    {
        var buffer = new ChunkedSortBuffer<Item>(ByKeyThenArrival);
        buffer.Add(new Item(1, 0));
        Assert.Equal([16], buffer.ChunkLengths);

        for (var i = 1; i < GrowingChunksHold + 2 * FullChunk; i++) buffer.Add(new Item(i, i));

        var lengths = buffer.ChunkLengths.ToList();
        Assert.Equal([16, 32, 64], lengths.Take(3));
        Assert.Equal([FullChunk, FullChunk], lengths.TakeLast(2));
        Assert.All(lengths.Zip(lengths.Skip(1)), pair => Assert.True(pair.Second == 2 * pair.First || pair.Second == FullChunk));
    }

    [Fact]
    public void A_full_chunk_of_sort_entries_and_the_largest_top_rows_heap_are_allocated_off_the_large_object_heap()
    {
        Assert.True(SeenInGenerationZero(() => new Projection.SortEntry[ChunkedSortBuffer<Projection.SortEntry>.ChunkLength]));
        Assert.True(SeenInGenerationZero(() => new (Projection.SortEntry, Projection.SortEntry)[Projection.LargestHeap]));
        Assert.Equal(2, GC.GetGeneration(new (Projection.SortEntry, Projection.SortEntry)[2 * Projection.LargestHeap]));
        Assert.True(ChunkedSortBuffer<Projection.SortEntry>.ChunkLength > 2000);
    }

    /// <summary>
    /// An array on the large-object heap is never in generation 0; a small one is, unless a collection started by a test
    /// running beside this one promoted it between allocation and check — so a few tries tell the two apart.
    /// </summary>
    private static bool SeenInGenerationZero(Func<Array> allocate)
    {
        for (var attempt = 0; attempt < 20; attempt++)
            if (GC.GetGeneration(allocate()) == 0) return true;
        return false;
    }
}
