using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Storage;

public sealed class ChunkedArrayTests
{
    [Fact]
    public void Building_a_new_version_does_not_change_the_old_one()
    {
        var builder = ChunkedArray<string>.Empty.ToBuilder();
        for (var i = 0; i < 3000; i++) builder.Set(i, $"v{i}");
        var first = builder.Build();

        var next = first.ToBuilder();
        next.Set(5, "changed");
        next.Set(3000, "appended");
        var second = next.Build();

        Assert.Equal("v5", first[5]);
        Assert.Null(first[3000]);
        Assert.Equal(3000, first.Length);
        Assert.Equal("changed", second[5]);
        Assert.Equal("appended", second[3000]);
        Assert.Equal("v2999", second[2999]);
        Assert.Equal(3001, second.Length);
    }

    [Fact]
    public void Indexes_outside_the_array_read_as_null()
    {
        var builder = ChunkedArray<string>.Empty.ToBuilder();
        builder.Set(0, "x");
        var array = builder.Build();

        Assert.Null(array[-1]);
        Assert.Null(array[1]);
        Assert.Null(array[100_000]);
    }
}
