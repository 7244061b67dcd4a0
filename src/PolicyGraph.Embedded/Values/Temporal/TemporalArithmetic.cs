namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// temporal ± duration and duration ± duration (× and ÷ by a number are <see cref="DurationScaling"/>). Months are
/// added first (clamping the day to the month's end), then days, then seconds; a DATE ignores the part of the
/// seconds below a whole day.
/// </summary>
internal static class TemporalArithmetic
{
    public static object? Add(object left, object right) => (left, right) switch
    {
        (CypherDuration a, CypherDuration b) => CypherDuration.Of(a.Months + b.Months, a.Days + b.Days, a.Seconds + b.Seconds, (long)a.Nanos + b.Nanos),
        (CypherDuration duration, ITemporalValue temporal) => Shift(temporal, duration, 1),
        (ITemporalValue temporal, CypherDuration duration) => Shift(temporal, duration, 1),
        _ => null,
    };

    public static object? Subtract(object left, object right) => (left, right) switch
    {
        (CypherDuration a, CypherDuration b) => CypherDuration.Of(a.Months - b.Months, a.Days - b.Days, a.Seconds - b.Seconds, (long)a.Nanos - b.Nanos),
        (ITemporalValue temporal, CypherDuration duration) when temporal is not CypherDuration => Shift(temporal, duration, -1),
        _ => null,
    };

    private static object Shift(ITemporalValue temporal, CypherDuration duration, int sign)
    {
        var nanos = ((Int128)duration.Seconds * CalendarMath.NanosPerSecond + duration.Nanos) * sign;
        return temporal switch
        {
            CypherDate date => new CypherDate(AddCalendar(date.EpochDay, duration, sign) + (long)(nanos / CalendarMath.NanosPerDay)),
            CypherLocalTime time => new CypherLocalTime(WrapTime(time.NanoOfDay, nanos)),
            CypherTime time => time with { NanoOfDay = WrapTime(time.NanoOfDay, nanos) },
            CypherLocalDateTime dateTime => ShiftLocal(dateTime.EpochDay, dateTime.NanoOfDay, duration, sign, nanos),
            CypherDateTime dateTime => ShiftZoned(dateTime, duration, sign, nanos),
            _ => throw CypherErrors.InvalidArgumentType("Duration arithmetic", temporal),
        };
    }

    public static long AddMonths(long epochDay, long months)
    {
        var (year, month, day) = CalendarMath.Civil(epochDay);
        var monthIndex = year * 12 + (month - 1) + months;
        var newYear = CalendarMath.FloorDiv(monthIndex, 12);
        var newMonth = (int)(monthIndex - newYear * 12) + 1;
        return CalendarMath.EpochDay(newYear, newMonth, Math.Min(day, CalendarMath.DaysInMonth(newYear, newMonth)));
    }

    private static long AddCalendar(long epochDay, CypherDuration duration, int sign) =>
        AddMonths(epochDay, duration.Months * sign) + duration.Days * sign;

    private static long WrapTime(long nanoOfDay, Int128 nanos) =>
        (long)(((nanoOfDay + nanos) % CalendarMath.NanosPerDay + CalendarMath.NanosPerDay) % CalendarMath.NanosPerDay);

    private static CypherLocalDateTime ShiftLocal(long epochDay, long nanoOfDay, CypherDuration duration, int sign, Int128 nanos)
    {
        var total = (Int128)AddCalendar(epochDay, duration, sign) * CalendarMath.NanosPerDay + nanoOfDay + nanos;
        var day = (long)FloorDiv(total, CalendarMath.NanosPerDay);
        return new CypherLocalDateTime(day, (long)(total - (Int128)day * CalendarMath.NanosPerDay));
    }

    private static CypherDateTime ShiftZoned(CypherDateTime value, CypherDuration duration, int sign, Int128 nanos)
    {
        // Calendar units move the local date (DST-aware for named zones); seconds move the instant.
        var day = AddCalendar(value.EpochDay, duration, sign);
        var offset = value.Zone is null ? value.OffsetSeconds : TimeZones.OffsetAtLocal(TimeZones.FindNamed(value.Zone), day, value.NanoOfDay);
        var instantNanos = ((Int128)day * 86_400 - offset) * CalendarMath.NanosPerSecond + value.NanoOfDay + nanos;
        return TemporalConversion.AtInstant(instantNanos, value.Zone, offset);
    }

    public static Int128 FloorDiv(Int128 value, long divisor)
    {
        var quotient = value / divisor;
        return value % divisor < 0 ? quotient - 1 : quotient;
    }
}
