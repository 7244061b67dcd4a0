using PolicyGraph.Core.Querying;
using PolicyGraph.Testing.Tck;
using PolicyGraph.Tck.Tests.Values;

namespace PolicyGraph.Tck.Tests.Execution;

/// <summary>
/// An expected result table. Rows compare as a bag unless <see cref="Ordered"/>; with
/// <see cref="IgnoreListOrder"/> every list (nested ones too) compares as a bag.
/// </summary>
public sealed record ResultExpectation(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<TckValue>> Rows,
    bool Ordered,
    bool IgnoreListOrder)
{
    public static ResultExpectation Empty { get; } = new([], [], Ordered: false, IgnoreListOrder: false);

    public static ResultExpectation FromTable(DataTable table, bool ordered, bool ignoreListOrder)
    {
        if (table.Rows.Count == 0) throw new FormatException("A result table needs a header row.");
        var rows = table.Rows.Skip(1)
            .Select(row => (IReadOnlyList<TckValue>)row.Select(TckValueParser.Parse).ToArray())
            .ToArray();
        return new ResultExpectation(table.Rows[0], rows, ordered, ignoreListOrder);
    }

    /// <summary>Null when <paramref name="actual"/> matches; otherwise what differs.</summary>
    public string? Mismatch(QueryResult actual)
    {
        var actualRows = actual.Rows.Select(row => RowText(row.Select(ValueConversion.FromResult))).ToArray();
        var expectedRows = Rows.Select(RowText).ToArray();
        var emptyExpected = Columns.Count == 0;
        if (!emptyExpected && !actual.Columns.SequenceEqual(Columns, StringComparer.Ordinal))
            return $"Columns differ: expected [{string.Join(", ", Columns)}], got [{string.Join(", ", actual.Columns)}].";
        if (Ordered ? actualRows.SequenceEqual(expectedRows, StringComparer.Ordinal) : SameBag(expectedRows, actualRows))
            return null;
        return DescribeRowDifference(expectedRows, actualRows);
    }

    private string RowText(IEnumerable<TckValue> row) =>
        "| " + string.Join(" | ", row.Select(value => CanonicalText.Of(value, IgnoreListOrder))) + " |";

    private static bool SameBag(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        expected.Count == actual.Count &&
        expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private string DescribeRowDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var order = Ordered ? "in order" : "in any order";
        var missing = BagDifference(expected, actual);
        var unexpected = BagDifference(actual, expected);
        return $"Rows differ ({order}{(IgnoreListOrder ? ", ignoring list order" : "")}).\n" +
               $"Expected {expected.Count} row(s):\n  {string.Join("\n  ", expected)}\n" +
               $"Actual {actual.Count} row(s):\n  {string.Join("\n  ", actual)}\n" +
               $"Missing: {string.Join(" ", missing)}\nUnexpected: {string.Join(" ", unexpected)}";
    }

    private static IReadOnlyList<string> BagDifference(IReadOnlyList<string> from, IReadOnlyList<string> remove)
    {
        var left = from.ToList();
        foreach (var row in remove) left.Remove(row);
        return left;
    }
}
