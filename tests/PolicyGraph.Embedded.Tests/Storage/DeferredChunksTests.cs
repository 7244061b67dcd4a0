using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>Chunks of an opened store are built on first read, once, and copied (not changed) by a commit.</summary>
public sealed class DeferredChunksTests
{
    private const int Length = ChunkedArray<string>.ChunkSize * 2 + 10;

    [Fact]
    public void A_chunk_is_built_on_its_first_read_only_and_Contains_builds_nothing()
    {
        var built = new List<int>();
        var array = Deferred(built);
        Assert.True(array.Contains(4));
        Assert.False(array.Contains(5));
        Assert.False(array.Contains(Length));
        Assert.Empty(built);

        Assert.Equal("s4", array[4]);
        Assert.Null(array[5]);
        Assert.Equal("s2050", array[2050]);
        Assert.Null(array[Length]);
        Assert.Equal([0, 2], built);
    }

    [Fact]
    public void Writing_into_an_unbuilt_chunk_leaves_the_source_array_as_it_was()
    {
        var built = new List<int>();
        var source = Deferred(built);
        var builder = source.ToBuilder();
        builder.Set(1030, "changed");
        builder.Set(Length + 3, "appended");
        var next = builder.Build();

        Assert.Equal("changed", next[1030]);
        Assert.Equal("s1036", next[1036]);
        Assert.Equal("appended", next[Length + 3]);
        Assert.Equal(Length + 4, next.Length);
        Assert.Equal("s1030", source[1030]);
        Assert.Null(source[Length + 3]);
        Assert.Equal([1, 2], built); // the appended slot lies in the last, partly used chunk
    }

    [Fact]
    public void Deferred_boxes_are_made_on_first_use_and_then_shared()
    {
        var boxes = EntityBoxes.Deferred(EntityBoxes.NoNodes, 3000);
        var first = boxes.Get(2500);
        Assert.Equal(new PolicyGraph.Embedded.Values.NodeRef(2500), first);
        Assert.Same(first, boxes.Get(2500));
        Assert.Same(boxes.Get(2047), boxes.Get(2047));
        Assert.Equal(new PolicyGraph.Embedded.Values.NodeRef(5000), boxes.Get(5000));
        Assert.Same(EntityBoxes.NoNodes, EntityBoxes.Deferred(EntityBoxes.NoNodes, 0));
    }

    /// <summary>Even slots hold "s{index}", odd ones are empty; <paramref name="built"/> records each chunk built.</summary>
    private static ChunkedArray<string> Deferred(List<int> built) =>
        ChunkedArray<string>.Deferred(Length, new LazyChunks<string>(Length, chunkIndex =>
        {
            built.Add(chunkIndex);
            var chunk = new string?[ChunkedArray<string>.ChunkSize];
            for (var i = 0; i < chunk.Length; i++)
            {
                var index = chunkIndex * chunk.Length + i;
                if (index < Length && index % 2 == 0) chunk[i] = "s" + index;
            }
            return chunk;
        }, index => index % 2 == 0));
}
