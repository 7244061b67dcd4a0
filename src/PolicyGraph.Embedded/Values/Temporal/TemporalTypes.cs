namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>A Cypher temporal value (DATE, LOCAL TIME, ZONED TIME, LOCAL DATETIME, ZONED DATETIME, DURATION).</summary>
public interface ITemporalValue
{
    /// <summary>The value in Cypher's canonical string form, as toString() renders it.</summary>
    string ToCypherString();
}

/// <summary>DATE: a calendar day, as days since 1970-01-01.</summary>
public readonly record struct CypherDate(long EpochDay) : ITemporalValue
{
    public string ToCypherString() => TemporalFormat.Date(EpochDay);

    public override string ToString() => ToCypherString();
}

/// <summary>LOCAL TIME: nanoseconds since midnight, without a zone.</summary>
public readonly record struct CypherLocalTime(long NanoOfDay) : ITemporalValue
{
    public string ToCypherString() => TemporalFormat.Time(NanoOfDay);

    public override string ToString() => ToCypherString();
}

/// <summary>ZONED TIME: a time of day with a UTC offset (in seconds).</summary>
public readonly record struct CypherTime(long NanoOfDay, int OffsetSeconds) : ITemporalValue
{
    /// <summary>The same instant of the day expressed in UTC, in nanoseconds (may leave 0..day range).</summary>
    public long UtcNanoOfDay => NanoOfDay - OffsetSeconds * CalendarMath.NanosPerSecond;

    public string ToCypherString() => TemporalFormat.Time(NanoOfDay) + TemporalFormat.Offset(OffsetSeconds);

    public override string ToString() => ToCypherString();
}

/// <summary>LOCAL DATETIME: a calendar day and a time of day, without a zone.</summary>
public readonly record struct CypherLocalDateTime(long EpochDay, long NanoOfDay) : ITemporalValue
{
    public string ToCypherString() => TemporalFormat.Date(EpochDay) + "T" + TemporalFormat.Time(NanoOfDay);

    public override string ToString() => ToCypherString();
}

/// <summary>
/// ZONED DATETIME: local date and time plus the UTC offset in force, and the named zone (IANA id) when the value
/// was created with one. Equality and ordering use the instant (see <see cref="TemporalComparison"/>).
/// </summary>
public readonly record struct CypherDateTime(long EpochDay, long NanoOfDay, int OffsetSeconds, string? Zone) : ITemporalValue
{
    /// <summary>Seconds since 1970-01-01T00:00Z.</summary>
    public long EpochSecond => EpochDay * 86_400 + NanoOfDay / CalendarMath.NanosPerSecond - OffsetSeconds;

    public int Nano => (int)(NanoOfDay % CalendarMath.NanosPerSecond);

    public string ToCypherString() =>
        TemporalFormat.Date(EpochDay) + "T" + TemporalFormat.Time(NanoOfDay) + TemporalFormat.Offset(OffsetSeconds)
        + (Zone is null ? "" : "[" + Zone + "]");

    public override string ToString() => ToCypherString();
}

/// <summary>
/// DURATION: months, days and seconds are kept apart because their lengths vary (a month is not a fixed number
/// of days, nor a day of seconds across DST). <see cref="Nanos"/> is 0..999,999,999 and adds to <see cref="Seconds"/>.
/// </summary>
public readonly record struct CypherDuration(long Months, long Days, long Seconds, int Nanos) : ITemporalValue
{
    public static CypherDuration Of(long months, long days, long seconds, long nanos)
    {
        var carry = CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond);
        return new CypherDuration(months, days, seconds + carry, (int)(nanos - carry * CalendarMath.NanosPerSecond));
    }

    public string ToCypherString() => TemporalFormat.Duration(this);

    public override string ToString() => ToCypherString();
}
