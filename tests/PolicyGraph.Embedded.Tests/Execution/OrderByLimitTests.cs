namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// ORDER BY with LIMIT takes the bounded heap (small LIMIT) or the chunked sort (no LIMIT, a large one, or SKIP plus
/// LIMIT past <see cref="long.MaxValue"/>); every path gives the rows of the full sort, cut by SKIP and LIMIT.
/// </summary>
public sealed class OrderByLimitTests : QueryTestBase
{
    // Several chunks of rows; values mix nulls, strings and integers, with many duplicates (ties keep arrival order).
    private const string MixedRows =
        "UNWIND range(0, 9999) AS i " +
        "WITH i, CASE i % 4 WHEN 0 THEN null WHEN 1 THEN toString(i % 37) ELSE i % 53 END AS v ";

    [Theory]
    [InlineData("ORDER BY v DESC")]
    [InlineData("ORDER BY v, i % 3 DESC")]
    public async Task A_limit_on_the_heap_or_past_it_gives_the_rows_of_the_full_sort(string order)
    {
        var all = await Rows($"{MixedRows} RETURN v, i {order}");

        Assert.Equal(10_000, all.Count);
        Assert.Equal(all, await Rows($"{MixedRows} RETURN v, i {order} LIMIT 1000000"));
        Assert.Equal(all.Take(1000), await Rows($"{MixedRows} RETURN v, i {order} LIMIT 1000"));
        Assert.Equal(all.Skip(5).Take(500), await Rows($"{MixedRows} RETURN v, i {order} SKIP 5 LIMIT 500"));
        Assert.Equal(all.Skip(7).Take(3000), await Rows($"{MixedRows} RETURN v, i {order} SKIP 7 LIMIT 3000"));
    }

    [Fact]
    public async Task Skip_plus_limit_past_the_largest_integer_keeps_every_row_after_the_skip()
    {
        // Already in order, so the unsorted path gives the rows the sort must give.
        const string rows = "UNWIND [1, 2, 2, 4, 5] AS x ";

        var unsorted = await Column($"{rows} RETURN x SKIP 1 LIMIT 9223372036854775807");
        var sorted = await Column($"{rows} RETURN x ORDER BY x SKIP 1 LIMIT 9223372036854775807");

        Assert.Equal(4, unsorted.Count);
        Assert.Equal(unsorted, sorted);
        Assert.Equal(await Column($"{rows} RETURN x ORDER BY x SKIP 1"), sorted);
    }

    [Fact]
    public async Task Skip_plus_limit_past_the_largest_integer_keeps_every_group_after_the_skip()
    {
        var groups = await Column("UNWIND range(1, 10) AS x WITH x % 5 AS k, count(*) AS c RETURN k ORDER BY k SKIP 1 LIMIT 9223372036854775807");

        Assert.Equal([1L, 2L, 3L, 4L], groups);
    }

    private async Task<List<string>> Rows(string cypher)
    {
        var result = await Run(cypher);
        return result.Rows.Select(row => $"{row[0] ?? "null"}|{row[0]?.GetType().Name}|{row[1]}").ToList();
    }
}
