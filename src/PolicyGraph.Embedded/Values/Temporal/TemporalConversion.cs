namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Moves between instants and local fields, and extracts the parts a temporal value has.</summary>
internal static class TemporalConversion
{
    /// <summary>A zoned datetime at an instant (nanoseconds since the epoch, UTC), in a named zone or a fixed offset.</summary>
    public static CypherDateTime AtInstant(Int128 epochNanos, string? zone, int fixedOffset)
    {
        var epochSecond = (long)TemporalArithmetic.FloorDiv(epochNanos, CalendarMath.NanosPerSecond);
        var offset = zone is null ? fixedOffset : TimeZones.OffsetAtInstant(TimeZones.FindNamed(zone), epochSecond);
        var localNanos = epochNanos + (Int128)offset * CalendarMath.NanosPerSecond;
        var day = (long)TemporalArithmetic.FloorDiv(localNanos, CalendarMath.NanosPerDay);
        return new CypherDateTime(day, (long)(localNanos - (Int128)day * CalendarMath.NanosPerDay), offset, zone);
    }

    /// <summary>The calendar day of a value that has one.</summary>
    public static long? EpochDayOf(object value) => value switch
    {
        CypherDate date => date.EpochDay,
        CypherLocalDateTime local => local.EpochDay,
        CypherDateTime zoned => zoned.EpochDay,
        _ => null,
    };

    /// <summary>The time of day of a value that has one.</summary>
    public static long? NanoOfDayOf(object value) => value switch
    {
        CypherLocalTime local => local.NanoOfDay,
        CypherTime time => time.NanoOfDay,
        CypherLocalDateTime local => local.NanoOfDay,
        CypherDateTime zoned => zoned.NanoOfDay,
        _ => null,
    };

    /// <summary>The UTC offset of a zoned value.</summary>
    public static int? OffsetOf(object value) => value switch
    {
        CypherTime time => time.OffsetSeconds,
        CypherDateTime zoned => zoned.OffsetSeconds,
        _ => null,
    };

    public static string? ZoneNameOf(object value) => value is CypherDateTime zoned ? zoned.Zone : null;
}
