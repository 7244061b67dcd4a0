using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Tests.Model;

public sealed class PropertyMapTests
{
    [Fact]
    public void Entries_are_listed_in_the_order_given()
    {
        var map = new PropertyMap(["line", "asWritten", "order"], [12L, "市商务局", 1L]);

        Assert.Equal(new[] { "line", "asWritten", "order" }, map.Keys);
        Assert.Equal(new object[] { 12L, "市商务局", 1L }, map.Values);
        Assert.Equal(new[] { "line=12", "asWritten=市商务局", "order=1" }, map.Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(3, map.Count);
    }

    [Fact]
    public void A_key_is_found_by_its_characters_not_by_reference()
    {
        var map = new PropertyMap(["sourceFile"], ["a.txt"]);
        var built = new string("sourceFile".ToCharArray());

        Assert.True(map.TryGetValue(built, out var value));
        Assert.Equal("a.txt", value);
        Assert.Equal("a.txt", map[built]);
        Assert.True(map.ContainsKey(built));
    }

    [Fact]
    public void A_missing_key_is_reported_as_missing()
    {
        var map = new PropertyMap(["line"], [3L]);

        Assert.False(map.TryGetValue("page", out var value));
        Assert.Null(value);
        Assert.False(map.ContainsKey("page"));
        Assert.Null(map.GetValueOrDefault("page"));
        Assert.Contains("page", Assert.Throws<KeyNotFoundException>(() => map["page"]).Message);
    }

    [Fact]
    public void Keys_and_values_must_pair_up()
    {
        Assert.Throws<ArgumentException>(() => new PropertyMap(["line", "page"], [3L]));
    }

    [Fact]
    public void Keys_and_values_are_handed_out_read_only()
    {
        var keys = new[] { "line", "order" };
        var values = new object[] { 3L, 1L };
        var map = new PropertyMap(keys, values);

        Assert.False(map.Keys is string[]);
        Assert.False(map.Values is object[]);
        Assert.True(((ICollection<string>)map.Keys).IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IList<object>)map.Values)[0] = 9L);
        Assert.Equal(3L, map["line"]);
    }

    [Fact]
    public void A_key_array_with_a_repeated_key_is_refused_naming_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => PropertyMap.RequireDistinct(["line", "order", "line"]));

        Assert.Contains("'line'", error.Message, StringComparison.Ordinal);
        var distinct = new[] { "line", "order" };
        Assert.Same(distinct, PropertyMap.RequireDistinct(distinct));
    }
}
