using System.Collections;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// Values of 85,000 bytes or more (the large-object heap) are counted on their own under a timeout shorter than 1 s,
/// against a cap that shrinks with it (16 MB per second of it, at least 1 MB): a query under a short timeout cannot
/// pile up the large allocations that start a blocking full collection on the query after it.
/// </summary>
public sealed class LargeObjectBudgetTests : QueryTestBase
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void The_cap_is_16_MB_per_second_of_a_short_timeout_at_least_1_MB_and_none_from_1_s_on()
    {
        Assert.Equal(8 * Megabyte, new QueryBudget(timeout: TimeSpan.FromMilliseconds(500)).MaxLargeObjectBytes);
        Assert.Equal(1 * Megabyte, new QueryBudget(timeout: TimeSpan.FromMilliseconds(20)).MaxLargeObjectBytes);
        Assert.Null(new QueryBudget(timeout: TimeSpan.FromSeconds(1)).MaxLargeObjectBytes);
        Assert.Null(new QueryBudget(timeout: TimeSpan.FromSeconds(5)).MaxLargeObjectBytes);
        Assert.Null(new QueryBudget().MaxLargeObjectBytes);
    }

    [Fact]
    public void Small_values_and_lists_computed_on_access_do_not_count_as_large()
    {
        var budget = new QueryBudget(timeout: TimeSpan.FromMilliseconds(500));

        budget.Charge(new string('x', 40_000));
        budget.Charge(new object?[10_000]);
        budget.Charge(new ComputedList(1_000_000));

        Assert.Equal(0, budget.LargeObjectBytes);
        Assert.True(budget.BytesBuilt > 8_000_000);
    }

    [Fact]
    public void Large_values_past_the_cap_stop_the_query_with_a_budget_error()
    {
        var budget = new QueryBudget(timeout: TimeSpan.FromMilliseconds(500));
        var large = new string('x', 500_000);
        var charged = 0;

        var error = Assert.Throws<CypherException>(() =>
        {
            for (; charged < 1000; charged++) budget.Charge(large);
        });

        Assert.Equal("LargeObjectBudgetExceeded", error.Detail);
        Assert.Equal("Neo.ClientError.Statement.LargeObjectBudgetExceeded", error.StatusCode);
        Assert.Equal(8 * Megabyte / 1_000_024, charged);
    }

    [Fact]
    public void A_large_value_that_would_pass_the_cap_is_refused_before_it_is_built()
    {
        var budget = new QueryBudget(timeout: TimeSpan.FromMilliseconds(50));
        budget.Charge(new string('x', 500_000));

        var error = Assert.Throws<CypherException>(() => budget.EnsureString(100_000));

        Assert.Equal("LargeObjectBudgetExceeded", error.Detail);
        Assert.Equal(1_000_024, budget.LargeObjectBytes);
    }

    [Fact]
    public async Task Doubling_a_string_under_a_short_timeout_is_a_positioned_large_object_error()
    {
        var options = QueryOptions.Console with { Timeout = TimeSpan.FromMilliseconds(900), MaxSingleValueBytes = null, MaxValueBytes = null };

        var error = await Fails(() => Run("RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS n", options: options));

        Assert.Equal("LargeObjectBudgetExceeded", error.Detail);
        Assert.Equal(1, error.Line);
        Assert.NotNull(error.Column);
        Assert.Equal(3L, await Scalar("RETURN 1 + 2"));
    }

    /// <summary>A list whose elements are computed when read, as range() makes: it allocates no array.</summary>
    private sealed class ComputedList(int count) : IReadOnlyList<object?>
    {
        public int Count => count;

        public object? this[int index] => (long)index;

        public IEnumerator<object?> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return (long)i;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
