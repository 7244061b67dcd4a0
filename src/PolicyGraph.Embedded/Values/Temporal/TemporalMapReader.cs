namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// Builds <see cref="TemporalParts"/> from a Cypher map such as {year: 1984, week: 10, dayOfWeek: 3, hour: 12,
/// timezone: 'Europe/Stockholm'} or {date: d, day: 28, time: t}. Fields override the parts of the base values
/// ('date', 'time', 'datetime' keys, or a seed such as a truncated value); unspecified fields keep the base's.
/// </summary>
internal static class TemporalMapReader
{
    private static readonly string[] DateKeys = ["year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"];
    private static readonly string[] TimeKeys = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    /// <param name="convertZone">Whether a 'timezone' field moves a zoned base to the same instant in the new zone
    /// (construction) or merely replaces the zone (truncation).</param>
    public static TemporalParts Read(IReadOnlyDictionary<string, object?> map, TemporalParts seed, bool convertZone, long nowEpochSecond)
    {
        var dateSource = Get(map, "date") ?? Get(map, "datetime");
        var timeSource = Get(map, "time") ?? Get(map, "datetime");
        var timeParts = timeSource is null ? seed : TemporalParts.Of(timeSource);
        if (EpochInstant(map) is { } instant) return FromEpoch(map, instant, nowEpochSecond);
        var day = ReadDay(map, dateSource is null ? seed.EpochDay : TemporalParts.Of(dateSource).EpochDay);
        // A seed that is only a date (a truncated DATE) has its time at midnight, so sub-fields may be set on it.
        var baseNanos = timeParts.NanoOfDay ?? (timeSource is null && seed.EpochDay is not null ? 0 : null);
        var nanos = ReadTime(map, baseNanos);
        var parts = new TemporalParts(day, nanos, timeParts.Offset, timeParts.Zone);
        return Get(map, "timezone") is { } zone
            ? WithZone(parts, ZoneText(zone), convertZone && timeParts.IsZoned, nowEpochSecond)
            : parts;
    }

    public static bool HasOnlyTimezone(IReadOnlyDictionary<string, object?> map) => map.Count == 1 && Get(map, "timezone") is not null;

    private static object? Get(IReadOnlyDictionary<string, object?> map, string key)
    {
        if (map.TryGetValue(key, out var value)) return value;
        foreach (var (candidate, item) in map)
        {
            if (string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase)) return item;
        }
        return null;
    }

    private static long? Number(IReadOnlyDictionary<string, object?> map, string key) => Get(map, key) switch
    {
        null => null,
        long value => value,
        var other => throw TemporalErrors.InvalidValue($"'{key}' must be an INTEGER, not {CypherValues.TypeName(other)}."),
    };

    private static string ZoneText(object zone) =>
        zone as string ?? throw TemporalErrors.InvalidValue($"'timezone' must be a STRING, not {CypherValues.TypeName(zone)}.");

    private static long? ReadDay(IReadOnlyDictionary<string, object?> map, long? baseDay)
    {
        var specified = false;
        foreach (var key in DateKeys) specified |= Get(map, key) is not null;
        if (!specified) return baseDay;
        var year = Number(map, "year") ?? (baseDay is { } b ? CalendarMath.Civil(b).Year : throw TemporalErrors.InvalidValue("'year' must be specified."));
        if (Number(map, "week") is not null || (Number(map, "dayOfWeek") is not null && Number(map, "month") is null))
            return WeekDay(map, baseDay);
        if (Number(map, "ordinalDay") is { } ordinal) return TemporalValidation.OrdinalDate(year, ordinal);
        if (Number(map, "quarter") is not null || Number(map, "dayOfQuarter") is not null) return QuarterDay(map, year, baseDay);
        var (_, baseMonth, baseDayOfMonth) = baseDay is { } d ? CalendarMath.Civil(d) : (0, 1, 1);
        return TemporalValidation.CalendarDate(year, Number(map, "month") ?? baseMonth, Number(map, "day") ?? baseDayOfMonth);
    }

    private static long WeekDay(IReadOnlyDictionary<string, object?> map, long? baseDay)
    {
        var (baseWeekYear, baseWeek) = baseDay is { } b ? CalendarMath.IsoWeek(b) : (0, 1);
        var weekYear = Number(map, "year") ?? (baseDay is null ? throw TemporalErrors.InvalidValue("'year' must be specified.") : baseWeekYear);
        var dayOfWeek = Number(map, "dayOfWeek") ?? (baseDay is { } d ? CalendarMath.DayOfWeek(d) : 1);
        return TemporalValidation.WeekDate(weekYear, Number(map, "week") ?? baseWeek, dayOfWeek);
    }

    private static long QuarterDay(IReadOnlyDictionary<string, object?> map, long year, long? baseDay)
    {
        var (_, baseMonth, baseDayOfMonth) = baseDay is { } b ? CalendarMath.Civil(b) : (0, 1, 1);
        var quarter = Number(map, "quarter") ?? CalendarMath.Quarter(baseMonth);
        if (Number(map, "dayOfQuarter") is { } dayOfQuarter || baseDay is null)
            return TemporalValidation.QuarterDate(year, quarter, Number(map, "dayOfQuarter") ?? 1);
        // Keep the position inside the quarter: the 2nd month's 11th day stays the 2nd month's 11th day.
        var month = (quarter - 1) * 3 + (baseMonth - 1) % 3 + 1;
        var day = Math.Min(baseDayOfMonth, CalendarMath.DaysInMonth(year, (int)month));
        return TemporalValidation.CalendarDate(year, month, day);
    }

    private static long? ReadTime(IReadOnlyDictionary<string, object?> map, long? baseNanos)
    {
        var specified = false;
        foreach (var key in TimeKeys) specified |= Get(map, key) is not null;
        if (!specified) return baseNanos;
        var baseSeconds = baseNanos / CalendarMath.NanosPerSecond;
        var hour = Number(map, "hour") ?? baseSeconds / 3600 ?? throw TemporalErrors.InvalidValue("'hour' must be specified.");
        var minute = Number(map, "minute") ?? baseSeconds / 60 % 60 ?? 0;
        var second = Number(map, "second") ?? baseSeconds % 60 ?? 0;
        return TemporalValidation.TimeOfDay(hour, minute, second, ReadFraction(map, baseNanos % CalendarMath.NanosPerSecond ?? 0));
    }

    /// <summary>
    /// Each sub-second field replaces its own digits of the base fraction: millisecond the first three,
    /// microsecond the next three, nanosecond the last three (a larger value simply spills into the higher digits).
    /// </summary>
    private static long ReadFraction(IReadOnlyDictionary<string, object?> map, long fraction)
    {
        if (Number(map, "millisecond") is { } millis) fraction = millis * 1_000_000 + fraction % 1_000_000;
        if (Number(map, "microsecond") is { } micros) fraction = fraction / 1_000_000 * 1_000_000 + micros * 1_000 + fraction % 1_000;
        if (Number(map, "nanosecond") is { } nanos) fraction = fraction / 1_000 * 1_000 + nanos;
        return fraction;
    }

    private static TemporalParts WithZone(TemporalParts parts, string zone, bool convert, long nowEpochSecond)
    {
        var fixedOffset = TimeZones.ParseOffset(zone);
        if (!convert)
        {
            var offset = fixedOffset ?? (parts.EpochDay is null ? TimeZones.OffsetAtInstant(TimeZones.FindNamed(zone), nowEpochSecond) : null);
            return parts with { Offset = offset, Zone = fixedOffset is null ? zone : null };
        }
        var nanos = parts.NanoOfDay ?? 0;
        if (parts.EpochDay is not { } day)
        {
            var target = fixedOffset ?? TimeZones.OffsetAtInstant(TimeZones.FindNamed(zone), nowEpochSecond);
            var shifted = nanos + (target - (parts.Offset ?? 0)) * CalendarMath.NanosPerSecond;
            return new TemporalParts(null, CalendarMath.FloorMod(shifted, CalendarMath.NanosPerDay), target, null);
        }
        // A named source zone may have a different offset at the new local date than the base had (DST).
        var sourceOffset = parts.Zone is null ? parts.Offset ?? 0 : TimeZones.OffsetAtLocal(TimeZones.FindNamed(parts.Zone), day, nanos);
        var instant = ((Int128)day * 86_400 - sourceOffset) * CalendarMath.NanosPerSecond + nanos;
        return TemporalParts.Of(TemporalConversion.AtInstant(instant, fixedOffset is null ? zone : null, fixedOffset ?? 0));
    }

    private static Int128? EpochInstant(IReadOnlyDictionary<string, object?> map)
    {
        if (Number(map, "epochSeconds") is { } seconds) return (Int128)seconds * CalendarMath.NanosPerSecond;
        return Number(map, "epochMillis") is { } millis ? (Int128)millis * 1_000_000 : null;
    }

    private static TemporalParts FromEpoch(IReadOnlyDictionary<string, object?> map, Int128 instant, long nowEpochSecond)
    {
        instant += (Number(map, "millisecond") ?? 0) * 1_000_000 + (Number(map, "microsecond") ?? 0) * 1_000 + (Number(map, "nanosecond") ?? 0);
        var zone = Get(map, "timezone") is { } text ? ZoneText(text) : "Z";
        var fixedOffset = TimeZones.ParseOffset(zone);
        return TemporalParts.Of(TemporalConversion.AtInstant(instant, fixedOffset is null ? zone : null, fixedOffset ?? 0));
    }
}
