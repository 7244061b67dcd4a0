namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Component access on temporal values: <c>d.year</c>, <c>t.offsetMinutes</c>, <c>dur.monthsOfYear</c>, ...</summary>
internal static class TemporalAccessors
{
    /// <summary>The component's value; an unknown component name is an error naming the value's type.</summary>
    public static object? Get(ITemporalValue value, string key)
    {
        var result = value is CypherDuration duration ? DurationComponent(duration, key) : InstantComponent(value, key);
        return result ?? throw CypherErrors.TypeError(
            "InvalidArgumentValue", $"{CypherValues.TypeName(value)} has no component '{key}'.");
    }

    private static object? InstantComponent(ITemporalValue value, string key)
    {
        if (TemporalConversion.EpochDayOf(value) is { } day && DateComponent(day, key) is { } dateValue) return dateValue;
        if (TemporalConversion.NanoOfDayOf(value) is { } nanos && TimeComponent(nanos, key) is { } timeValue) return timeValue;
        if (TemporalConversion.OffsetOf(value) is { } offset && ZoneComponent(value, offset, key) is { } zoneValue) return zoneValue;
        return null;
    }

    private static object? DateComponent(long epochDay, string key)
    {
        var (year, month, day) = CalendarMath.Civil(epochDay);
        return key.ToLowerInvariant() switch
        {
            "year" => year,
            "quarter" => (long)CalendarMath.Quarter(month),
            "month" => (long)month,
            "week" => (long)CalendarMath.IsoWeek(epochDay).Week,
            "weekyear" => CalendarMath.IsoWeek(epochDay).WeekYear,
            "day" => (long)day,
            "ordinalday" => (long)CalendarMath.OrdinalDay(epochDay),
            "weekday" or "dayofweek" => (long)CalendarMath.DayOfWeek(epochDay),
            "dayofquarter" => (long)CalendarMath.DayOfQuarter(epochDay),
            _ => null,
        };
    }

    private static object? TimeComponent(long nanoOfDay, string key)
    {
        var fraction = nanoOfDay % CalendarMath.NanosPerSecond;
        var seconds = nanoOfDay / CalendarMath.NanosPerSecond;
        return key.ToLowerInvariant() switch
        {
            "hour" => seconds / 3600,
            "minute" => seconds / 60 % 60,
            "second" => seconds % 60,
            "millisecond" => fraction / 1_000_000,
            "microsecond" => fraction / 1_000,
            "nanosecond" => fraction,
            _ => null,
        };
    }

    private static object? ZoneComponent(ITemporalValue value, int offset, string key) => key.ToLowerInvariant() switch
    {
        "timezone" => TemporalConversion.ZoneNameOf(value) ?? OffsetText(offset),
        "offset" => OffsetText(offset),
        "offsetminutes" => (long)(offset / 60),
        "offsetseconds" => (long)offset,
        "epochseconds" when value is CypherDateTime zoned => zoned.EpochSecond,
        "epochmillis" when value is CypherDateTime zoned => zoned.EpochSecond * 1000 + zoned.Nano / 1_000_000,
        _ => null,
    };

    private static string OffsetText(int offset) => TemporalFormat.Offset(offset);

    private static object? DurationComponent(CypherDuration duration, string key)
    {
        var totalNanos = (Int128)duration.Seconds * CalendarMath.NanosPerSecond + duration.Nanos;
        return key.ToLowerInvariant() switch
        {
            "years" => duration.Months / 12,
            "quarters" => duration.Months / 3,
            "months" => duration.Months,
            "weeks" => duration.Days / 7,
            "days" => duration.Days,
            "hours" => duration.Seconds / 3600,
            "minutes" => duration.Seconds / 60,
            "seconds" => duration.Seconds,
            "milliseconds" => (long)(totalNanos / 1_000_000),
            "microseconds" => (long)(totalNanos / 1_000),
            "nanoseconds" => (long)totalNanos,
            "quartersofyear" => duration.Months / 3 % 4,
            "monthsofquarter" => duration.Months % 3,
            "monthsofyear" => duration.Months % 12,
            "daysofweek" => duration.Days % 7,
            "minutesofhour" => duration.Seconds / 60 % 60,
            "secondsofminute" => duration.Seconds % 60,
            "millisecondsofsecond" => (long)(duration.Nanos / 1_000_000),
            "microsecondsofsecond" => (long)(duration.Nanos / 1_000),
            "nanosecondsofsecond" => (long)duration.Nanos,
            _ => null,
        };
    }
}
