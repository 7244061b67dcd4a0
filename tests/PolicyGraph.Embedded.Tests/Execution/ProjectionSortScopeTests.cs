namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// ORDER BY and WITH's WHERE after a plain projection: they see the projected columns, and the earlier variables
/// only when they read one the projection drops; a sort of more rows than one chunk of the sort buffer holds merges
/// the chunks into one stable order (checked against LINQ).
/// </summary>
public sealed class ProjectionSortScopeTests : QueryTestBase
{
    [Fact]
    public async Task Order_by_a_variable_the_projection_drops_still_sees_it()
    {
        var names = await Column("UNWIND [[3, 'c'], [1, 'a'], [2, 'b']] AS p WITH p[1] AS name ORDER BY p[0] DESC RETURN name");

        Assert.Equal(["c", "b", "a"], names);
    }

    [Fact]
    public async Task Order_by_a_projected_name_reads_the_projected_value_not_the_earlier_one()
    {
        var values = await Column("UNWIND [1, 2, 3] AS x WITH -x AS x ORDER BY x RETURN x");

        Assert.Equal([-3L, -2L, -1L], values);
    }

    [Fact]
    public async Task A_where_on_a_dropped_variable_filters_by_it()
    {
        var values = await Column("UNWIND [1, 2, 3, 4] AS x WITH x * 10 AS y WHERE x % 2 = 0 RETURN y");

        Assert.Equal([20L, 40L], values);
    }

    [Fact]
    public async Task A_sort_over_several_chunks_is_stable_and_complete()
    {
        const int count = 12_000;

        var values = await Column($"UNWIND range(1, {count}) AS i WITH i ORDER BY i % 7 DESC RETURN i");

        var expected = Enumerable.Range(1, count).OrderByDescending(i => i % 7).Select(i => (object?)(long)i);
        Assert.Equal(expected, values);
    }
}
