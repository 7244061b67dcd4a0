namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// ORDER BY … LIMIT over an aggregation keeps only the groups that can make the cut before building their rows;
/// the answer must equal the head of the fully sorted result, ties included (broken by arrival).
/// </summary>
public sealed class TopGroupsTests : QueryTestBase
{
    [Theory]
    [InlineData("ORDER BY c DESC", 5, 0)]
    [InlineData("ORDER BY c DESC, m", 4, 0)]
    [InlineData("ORDER BY total, k DESC", 3, 2)]
    [InlineData("ORDER BY count(*) DESC", 6, 1)]
    [InlineData("ORDER BY m", 1, 0)]
    [InlineData("ORDER BY c", 0, 0)]
    public async Task The_limited_answer_is_the_head_of_the_sorted_one(string orderBy, int limit, int skip)
    {
        const string grouped = "UNWIND range(1, 240) AS i WITH i % 17 AS k, i % 5 AS t, i AS i RETURN k, count(*) AS c, max(t) AS m, sum(i) % 7 AS total";

        var limited = await Run($"{grouped} {orderBy} SKIP {skip} LIMIT {limit}");
        var sorted = await Run($"{grouped} {orderBy}");

        var expected = sorted.Rows.Skip(skip).Take(limit).Select(Render).ToArray();
        Assert.Equal(expected, limited.Rows.Select(Render).ToArray());
        Assert.Equal(Math.Min(limit, Math.Max(0, 17 - skip)), limited.Rows.Count);
    }

    private static string Render(IReadOnlyList<object?> row) => string.Join("|", row);
}
