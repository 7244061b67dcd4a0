namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Truncates the parts of a temporal value to a unit: 'millennium' ... 'day' for dates, 'hour' ... 'microsecond' for times.</summary>
internal static class TemporalTruncation
{
    public static TemporalParts Truncate(string unit, TemporalParts parts)
    {
        var normalized = unit.ToLowerInvariant();
        if (TruncateDay(normalized, parts.EpochDay) is { } day) return parts with { EpochDay = day, NanoOfDay = parts.NanoOfDay is null ? null : 0 };
        var unitNanos = normalized switch
        {
            "day" => CalendarMath.NanosPerDay,
            "hour" => 3_600 * CalendarMath.NanosPerSecond,
            "minute" => 60 * CalendarMath.NanosPerSecond,
            "second" => CalendarMath.NanosPerSecond,
            "millisecond" => 1_000_000L,
            "microsecond" => 1_000L,
            _ => throw TemporalErrors.InvalidValue($"Cannot truncate to unit '{unit}'."),
        };
        return parts with { NanoOfDay = parts.NanoOfDay is { } nanos ? nanos - nanos % unitNanos : null };
    }

    private static long? TruncateDay(string unit, long? epochDay)
    {
        if (epochDay is not { } day) return null;
        var (year, month, _) = CalendarMath.Civil(day);
        return unit switch
        {
            "millennium" => CalendarMath.EpochDay(CalendarMath.FloorDiv(year, 1000) * 1000, 1, 1),
            "century" => CalendarMath.EpochDay(CalendarMath.FloorDiv(year, 100) * 100, 1, 1),
            "decade" => CalendarMath.EpochDay(CalendarMath.FloorDiv(year, 10) * 10, 1, 1),
            "year" => CalendarMath.EpochDay(year, 1, 1),
            "weekyear" => CalendarMath.FirstMondayOfWeekYear(CalendarMath.IsoWeek(day).WeekYear),
            "quarter" => CalendarMath.EpochDay(year, (CalendarMath.Quarter(month) - 1) * 3 + 1, 1),
            "month" => CalendarMath.EpochDay(year, month, 1),
            "week" => day - (CalendarMath.DayOfWeek(day) - 1),
            "day" => day,
            _ => null,
        };
    }
}
