namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Maps .NET date and time types (e.g. query parameters from C# callers) to Cypher temporal values.</summary>
internal static class TemporalClr
{
    private const long NanosPerTick = 100;

    public static ITemporalValue FromClr(object value) => value switch
    {
        DateOnly date => new CypherDate(CalendarMath.EpochDay(date.Year, date.Month, date.Day)),
        TimeOnly time => new CypherLocalTime(time.Ticks * NanosPerTick),
        DateTimeOffset instant => new CypherDateTime(
            EpochDay(instant.DateTime), instant.TimeOfDay.Ticks * NanosPerTick, (int)instant.Offset.TotalSeconds, null),
        DateTime { Kind: DateTimeKind.Utc } utc => new CypherDateTime(EpochDay(utc), utc.TimeOfDay.Ticks * NanosPerTick, 0, null),
        DateTime local => new CypherLocalDateTime(EpochDay(local), local.TimeOfDay.Ticks * NanosPerTick),
        TimeSpan span => CypherDuration.Of(0, span.Days, 0, (span.Ticks - span.Days * TimeSpan.TicksPerDay) * NanosPerTick),
        _ => throw new ArgumentException($"'{value.GetType().Name}' is not a date or time type.", nameof(value)),
    };

    private static long EpochDay(DateTime dateTime) => CalendarMath.EpochDay(dateTime.Year, dateTime.Month, dateTime.Day);
}
