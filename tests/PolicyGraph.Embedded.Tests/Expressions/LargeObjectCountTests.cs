using System.Collections;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Tests.Execution;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>
/// Values of 85,000 bytes or more (the large-object heap) are counted on their own, as a measurement: a short
/// timeout refuses nothing on their account; only the value budget and the timeout stop a query.
/// </summary>
public sealed class LargeObjectCountTests : QueryTestBase
{
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
    public void Large_values_are_counted_and_not_refused_under_a_short_timeout()
    {
        var budget = new QueryBudget(timeout: TimeSpan.FromMilliseconds(50));
        var large = new string('x', 500_000);

        for (var i = 0; i < 100; i++) budget.Charge(large);
        budget.EnsureString(1_000_000);

        Assert.Equal(100 * 1_000_024L, budget.LargeObjectBytes);
    }

    [Fact]
    public async Task A_query_doubling_a_string_under_a_short_timeout_is_counted_and_answered()
    {
        QueryBudget? budget = null;
        Backend.BudgetObserver = made => budget = made;
        var options = QueryOptions.Console with { Timeout = TimeSpan.FromMilliseconds(900), MaxSingleValueBytes = null, MaxValueBytes = null };

        var result = await Run("RETURN size(reduce(s = 'x', i IN range(1, 22) | s + s)) AS n", options: options);

        Assert.Equal(1L << 22, Assert.Single(result.Rows)[0]);
        // The last doubling alone is a string of 2^22 characters: 8 MB, past the old 7.2 MB cap of a 900 ms timeout.
        Assert.True(budget!.LargeObjectBytes >= 2L << 22, $"{budget.LargeObjectBytes} large-object bytes");
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
