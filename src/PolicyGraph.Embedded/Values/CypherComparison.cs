using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// openCypher inequality comparison (&lt;, &lt;=, &gt;, &gt;=). Only numbers with numbers, strings with strings,
/// booleans with booleans and lists with lists are comparable; anything else, or null, gives null.
/// NaN compared with a number is false for every operator. Lists compare lexicographically.
/// </summary>
public static class CypherComparison
{
    public static bool? LessThan(object? left, object? right) => Apply(left, right, static c => c < 0);

    public static bool? LessThanOrEqual(object? left, object? right) => Apply(left, right, static c => c <= 0);

    public static bool? GreaterThan(object? left, object? right) => Apply(left, right, static c => c > 0);

    public static bool? GreaterThanOrEqual(object? left, object? right) => Apply(left, right, static c => c >= 0);

    private static bool? Apply(object? left, object? right, Func<int, bool> test)
    {
        var outcome = Compare(left, right, 0);
        return outcome.Kind switch
        {
            OutcomeKind.Ordered => test(outcome.Sign),
            OutcomeKind.NaN => false,
            _ => null,
        };
    }

    private enum OutcomeKind { Ordered, NaN, Unknown }

    private readonly record struct Outcome(OutcomeKind Kind, int Sign)
    {
        public static readonly Outcome Unknown = new(OutcomeKind.Unknown, 0);
        public static readonly Outcome NaN = new(OutcomeKind.NaN, 0);
        public static Outcome Of(int sign) => new(OutcomeKind.Ordered, Math.Sign(sign));
    }

    private static Outcome Compare(object? left, object? right, int depth)
    {
        if (left is null || right is null) return Outcome.Unknown;
        if (left is long x && right is long y) return Outcome.Of(x.CompareTo(y));
        var leftKind = CypherValues.KindOf(left);
        var rightKind = CypherValues.KindOf(right);
        if (CypherEquality.IsNumeric(leftKind) && CypherEquality.IsNumeric(rightKind))
        {
            if (NumberComparison.IsNaN(left) || NumberComparison.IsNaN(right)) return Outcome.NaN;
            return Outcome.Of(NumberComparison.Compare(left, right));
        }
        if (leftKind != rightKind) return Outcome.Unknown;
        return leftKind switch
        {
            CypherValueKind.String => Outcome.Of(string.CompareOrdinal((string)left, (string)right)),
            CypherValueKind.Boolean => Outcome.Of(((bool)left).CompareTo((bool)right)),
            CypherValueKind.List => CompareLists(CypherValues.AsList(left), CypherValues.AsList(right), depth + 1),
            _ when left is ITemporalValue => TemporalComparison.Compare(left, right) is { } sign ? Outcome.Of(sign) : Outcome.Unknown,
            _ => Outcome.Unknown,
        };
    }

    private static Outcome CompareLists(IReadOnlyList<object?> left, IReadOnlyList<object?> right, int depth)
    {
        ValueNesting.Check(depth, "comparison");
        var shared = Math.Min(left.Count, right.Count);
        for (var i = 0; i < shared; i++)
        {
            var element = Compare(left[i], right[i], depth);
            if (element.Kind == OutcomeKind.Ordered && element.Sign == 0) continue;
            // An element pair that is unordered (null, NaN, incomparable types) leaves the whole comparison unknown.
            return element.Kind == OutcomeKind.Ordered ? element : Outcome.Unknown;
        }
        return Outcome.Of(left.Count.CompareTo(right.Count));
    }
}
