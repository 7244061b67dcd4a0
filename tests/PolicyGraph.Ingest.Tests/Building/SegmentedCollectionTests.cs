using PolicyGraph.Ingest.Building;

namespace PolicyGraph.Ingest.Tests.Building;

/// <summary>
/// The segmented list and dictionary the graph accumulator keeps its nodes and relationships in behave as a
/// <see cref="List{T}"/> and a <see cref="Dictionary{TKey,TValue}"/> on the same random operations, across many
/// segments and parts.
/// </summary>
public sealed class SegmentedCollectionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(20_000)]
    public void A_segmented_list_holds_what_a_list_holds_in_order(int count)
    {
        var random = new Random(count);
        var expected = new List<string>();
        var list = new SegmentedList<string>();
        for (var i = 0; i < count; i++)
        {
            var item = random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            expected.Add(item);
            list.Add(item);
        }

        Assert.Equal(expected.Count, list.Count);
        Assert.Equal(expected, list);
        Assert.Equal(expected, list.ToArray());
        for (var probe = 0; probe < 100 && count > 0; probe++)
        {
            var at = random.Next(count);
            Assert.Same(expected[at], list[at]);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => list[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void A_segmented_dictionary_adds_finds_and_refuses_keys_as_a_dictionary_does()
    {
        var random = new Random(7);
        var expected = new Dictionary<(string, string), int>();
        var segmented = new SegmentedDictionary<(string, string), int>();
        for (var i = 0; i < 50_000; i++)
        {
            // Few distinct keys, so that many adds repeat a key already present.
            var key = ($"t{random.Next(5)}", $"n{random.Next(8_000)}");
            Assert.Equal(expected.TryAdd(key, i), segmented.TryAdd(key, i));
            var probe = ($"t{random.Next(6)}", $"n{random.Next(9_000)}");
            Assert.Equal(expected.TryGetValue(probe, out var want), segmented.TryGetValue(probe, out var got));
            Assert.Equal(want, got);
            Assert.Equal(expected.ContainsKey(probe), segmented.ContainsKey(probe));
        }
        Assert.Equal(expected.Count, segmented.Count);
    }

    [Fact]
    public void A_segmented_dictionary_tells_apart_keys_whose_hashes_collide()
    {
        var random = new Random(11);
        var expected = new Dictionary<CollidingKey, int>();
        var segmented = new SegmentedDictionary<CollidingKey, int>();
        for (var i = 0; i < 20_000; i++)
        {
            // Seven hashes for 3,000 keys: every part that is used holds hundreds of keys sharing one hash.
            var key = new CollidingKey(random.Next(3_000));
            Assert.Equal(expected.TryAdd(key, i), segmented.TryAdd(key, i));
            var probe = new CollidingKey(random.Next(3_500));
            Assert.Equal(expected.TryGetValue(probe, out var want), segmented.TryGetValue(probe, out var got));
            Assert.Equal(want, got);
            Assert.Equal(expected.ContainsKey(probe), segmented.ContainsKey(probe));
        }
        Assert.Equal(expected.Count, segmented.Count);
        Assert.True(expected.Count > 2_500, $"only {expected.Count} distinct keys");
    }

    /// <summary>A key whose hash collides on purpose: equal values are equal keys, but only seven hashes exist.</summary>
    private readonly record struct CollidingKey(int Value)
    {
        public override int GetHashCode() => Value % 7;
    }
}
