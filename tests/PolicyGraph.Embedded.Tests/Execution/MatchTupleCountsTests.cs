using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// The tuple table counts like a dictionary in first-seen order through its growth, and its arrays come from a pool
/// the walk's table owns: morsel tables give theirs back to it, and once the walk's table is disposed (the query
/// ended, failed or was cancelled) the pool holds nothing, also when a morsel's table is disposed after it.
/// </summary>
public sealed class MatchTupleCountsTests
{
    [Theory]
    [InlineData(1, 5_000)]
    [InlineData(2, 20_000)]
    [InlineData(3, 1_000)]
    public void Counts_equal_a_dictionary_in_first_seen_order_through_growth(int arity, int adds)
    {
        var random = new Random(arity * 7919 + adds);
        var expected = new Dictionary<string, long>();
        var order = new List<string>();
        using var counts = new MatchTupleCounts(arity);
        var tuple = new int[arity];
        for (var i = 0; i < adds; i++)
        {
            for (var s = 0; s < arity; s++) tuple[s] = random.Next(0, 60);
            var matches = random.Next(1, 4);
            counts.Add(tuple, matches);
            var key = string.Join(',', tuple);
            if (!expected.ContainsKey(key)) order.Add(key);
            expected[key] = expected.GetValueOrDefault(key) + matches;
        }

        Assert.Equal(order.Count, counts.Count);
        for (var index = 0; index < counts.Count; index++)
        {
            Assert.Equal(order[index], string.Join(',', counts.Tuple(index).ToArray()));
            Assert.Equal(expected[order[index]], counts.Multiplicity(index));
        }
    }

    [Fact]
    public void Morsel_tables_give_their_arrays_to_the_walks_pool_and_the_walks_table_lets_go_of_it()
    {
        var walk = new MatchTupleCounts(2);
        var pool = walk.Pool;
        var part = walk.NewPart(2);
        Assert.Same(pool, part.Pool);
        for (var i = 0; i < 3_000; i++) part.Add([i, i + 1]);
        part.Dispose();
        Assert.True(pool.HeldBytes > 0, "a finished morsel's arrays were not kept for the next morsel");

        // The next morsel reuses them: the pool holds less while it runs.
        var held = pool.HeldBytes;
        var next = walk.NewPart(2);
        Assert.True(pool.HeldBytes < held);

        walk.Dispose();
        Assert.Equal(0, pool.HeldBytes);
        // A morsel disposed after the walk's table (a failed or cancelled walk's merge) keeps nothing alive through the pool.
        next.Dispose();
        Assert.Equal(0, pool.HeldBytes);
    }

    [Fact]
    public void A_pool_hands_back_what_was_returned_and_nothing_after_it_is_closed()
    {
        var pool = new TupleArrayPool();
        var ints = pool.RentInts(1024);
        pool.Return(ints);
        Assert.Equal(4096, pool.HeldBytes);
        Assert.Same(ints, pool.RentInts(1024));
        Assert.Equal(0, pool.HeldBytes);

        pool.Close();
        pool.Return(ints);
        pool.Return(pool.RentLongs(16));
        Assert.Equal(0, pool.HeldBytes);
        Assert.NotSame(ints, pool.RentInts(1024));
    }
}
