namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// Ordering within one temporal type. Zoned values compare by instant (12:00+01:00 equals 11:00Z); durations have
/// no natural order, so they are only equal or not, and sort (for ORDER BY) by their approximate length.
/// </summary>
internal static class TemporalComparison
{
    private const decimal AverageNanosPerMonth = 30.436875m * 86_400_000_000_000m;

    /// <summary>The comparison of two values of the same temporal kind, or null when the kind is unordered.</summary>
    public static int? Compare(object left, object right) => (left, right) switch
    {
        (CypherDate a, CypherDate b) => a.EpochDay.CompareTo(b.EpochDay),
        (CypherLocalTime a, CypherLocalTime b) => a.NanoOfDay.CompareTo(b.NanoOfDay),
        (CypherTime a, CypherTime b) => a.UtcNanoOfDay.CompareTo(b.UtcNanoOfDay),
        (CypherLocalDateTime a, CypherLocalDateTime b) => (a.EpochDay, a.NanoOfDay).CompareTo((b.EpochDay, b.NanoOfDay)),
        (CypherDateTime a, CypherDateTime b) => (a.EpochSecond, a.Nano).CompareTo((b.EpochSecond, b.Nano)),
        _ => null,
    };

    public static bool AreEqual(object left, object right) => (left, right) switch
    {
        (CypherDuration a, CypherDuration b) => a == b,
        _ => Compare(left, right) == 0,
    };

    /// <summary>Total order for ORDER BY within a kind: as <see cref="Compare"/>, durations by average length.</summary>
    public static int OrderWithinKind(object left, object right)
    {
        if (Compare(left, right) is { } ordered) return ordered;
        if (left is CypherDuration a && right is CypherDuration b) return ApproximateNanos(a).CompareTo(ApproximateNanos(b));
        return 0;
    }

    /// <summary>Hash consistent with <see cref="AreEqual"/> (instants for zoned values).</summary>
    public static int HashOf(object value) => value switch
    {
        CypherTime time => time.UtcNanoOfDay.GetHashCode(),
        CypherDateTime dateTime => HashCode.Combine(dateTime.EpochSecond, dateTime.Nano),
        _ => value.GetHashCode(),
    };

    private static decimal ApproximateNanos(CypherDuration duration) =>
        duration.Months * AverageNanosPerMonth + duration.Days * 86_400_000_000_000m
        + duration.Seconds * 1_000_000_000m + duration.Nanos;
}
