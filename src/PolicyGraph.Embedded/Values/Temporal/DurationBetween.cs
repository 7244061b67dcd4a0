namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// duration.between / inMonths / inDays / inSeconds. The difference is taken on local date-times with the end
/// expressed in the start's offset: whole months first, then whole days, then the rest. When either value lacks a
/// date only the times of day count (and inMonths / inDays are zero).
/// </summary>
internal static class DurationBetween
{
    public enum Unit { All, Months, Days, Seconds }

    public static CypherDuration Between(object from, object to, Unit unit)
    {
        var (start, end) = Align(TemporalParts.Of(from), TemporalParts.Of(to));
        var startNanos = Local(start);
        var endNanos = Local(end);
        var bothDated = TemporalConversion.EpochDayOf(from) is not null && TemporalConversion.EpochDayOf(to) is not null;
        if (!bothDated) return unit is Unit.Months or Unit.Days ? default : Nanos(endNanos - startNanos);
        return unit switch
        {
            Unit.Seconds => Nanos(endNanos - startNanos),
            Unit.Days => new CypherDuration(0, (long)((endNanos - startNanos) / CalendarMath.NanosPerDay), 0, 0),
            Unit.Months => new CypherDuration(WholeMonths(start, endNanos), 0, 0, 0),
            _ => MonthsDaysAndRest(start, endNanos),
        };
    }

    /// <summary>
    /// Fills what each side lacks from the other (a time-only value takes the other's date, a date-only value is at
    /// midnight, a local value is read in the other's zone) and expresses the end in the start's offset.
    /// </summary>
    private static (TemporalParts Start, TemporalParts End) Align(TemporalParts start, TemporalParts end)
    {
        start = start with { EpochDay = start.EpochDay ?? end.EpochDay ?? 0, NanoOfDay = start.NanoOfDay ?? 0 };
        end = end with { EpochDay = end.EpochDay ?? start.EpochDay, NanoOfDay = end.NanoOfDay ?? 0 };
        if (start.IsZoned && !end.IsZoned) end = InZoneOf(end, start);
        if (end.IsZoned && !start.IsZoned) start = InZoneOf(start, end);
        if (start.IsZoned) end = InOffset(end, start.Offset!.Value);
        return (start, end);
    }

    private static TemporalParts InZoneOf(TemporalParts local, TemporalParts zoned) => local with
    {
        Offset = zoned.Zone is null ? zoned.Offset : TimeZones.OffsetAtLocal(TimeZones.FindNamed(zoned.Zone), local.EpochDay!.Value, local.NanoOfDay!.Value),
        Zone = zoned.Zone,
    };

    private static CypherDuration MonthsDaysAndRest(TemporalParts start, Int128 endNanos)
    {
        var months = WholeMonths(start, endNanos);
        var afterMonths = Local(start with { EpochDay = TemporalArithmetic.AddMonths(start.EpochDay!.Value, months) });
        var rest = endNanos - afterMonths;
        var days = (long)(rest / CalendarMath.NanosPerDay);
        var remainder = rest - (Int128)days * CalendarMath.NanosPerDay;
        var seconds = (long)TemporalArithmetic.FloorDiv(remainder, CalendarMath.NanosPerSecond);
        return new CypherDuration(months, days, seconds, (int)(remainder - (Int128)seconds * CalendarMath.NanosPerSecond));
    }

    private static long WholeMonths(TemporalParts start, Int128 endNanos)
    {
        var (startYear, startMonth, _) = CalendarMath.Civil(start.EpochDay!.Value);
        var endDay = (long)TemporalArithmetic.FloorDiv(endNanos, CalendarMath.NanosPerDay);
        var (endYear, endMonth, _) = CalendarMath.Civil(endDay);
        var months = (endYear - startYear) * 12 + (endMonth - startMonth);
        // Step back while adding the candidate overshoots the end (in the direction of travel).
        while (months > 0 && ShiftedBy(start, months) > endNanos) months--;
        while (months < 0 && ShiftedBy(start, months) < endNanos) months++;
        return months;
    }

    private static Int128 ShiftedBy(TemporalParts start, long months) =>
        Local(start with { EpochDay = TemporalArithmetic.AddMonths(start.EpochDay!.Value, months) });

    private static Int128 Local(TemporalParts parts) => (Int128)parts.EpochDay!.Value * CalendarMath.NanosPerDay + (parts.NanoOfDay ?? 0);

    private static TemporalParts InOffset(TemporalParts parts, int offset)
    {
        var local = Local(parts) + (Int128)(offset - parts.Offset!.Value) * CalendarMath.NanosPerSecond;
        var day = (long)TemporalArithmetic.FloorDiv(local, CalendarMath.NanosPerDay);
        return new TemporalParts(day, (long)(local - (Int128)day * CalendarMath.NanosPerDay), offset, null);
    }

    private static CypherDuration Nanos(Int128 nanos)
    {
        var seconds = (long)TemporalArithmetic.FloorDiv(nanos, CalendarMath.NanosPerSecond);
        return new CypherDuration(0, 0, seconds, (int)(nanos - (Int128)seconds * CalendarMath.NanosPerSecond));
    }
}
