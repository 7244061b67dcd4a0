namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// The parts a temporal value is made of while it is being built: a calendar day, a time of day, and a zone
/// (fixed offset and/or IANA name). Absent parts are null.
/// </summary>
internal readonly record struct TemporalParts(long? EpochDay, long? NanoOfDay, int? Offset, string? Zone)
{
    public static readonly TemporalParts None = new(null, null, null, null);

    public static TemporalParts Of(object? value) => value switch
    {
        CypherDate date => new(date.EpochDay, null, null, null),
        CypherLocalTime time => new(null, time.NanoOfDay, null, null),
        CypherTime time => new(null, time.NanoOfDay, time.OffsetSeconds, null),
        CypherLocalDateTime local => new(local.EpochDay, local.NanoOfDay, null, null),
        CypherDateTime zoned => new(zoned.EpochDay, zoned.NanoOfDay, zoned.OffsetSeconds, zoned.Zone),
        _ => None,
    };

    public bool IsZoned => Offset is not null;

    public CypherDate ToDate() => new(EpochDay ?? throw Missing("date"));

    public CypherLocalTime ToLocalTime() => new(NanoOfDay ?? throw Missing("time"));

    public CypherTime ToTime() => new(NanoOfDay ?? throw Missing("time"), Offset ?? 0);

    public CypherLocalDateTime ToLocalDateTime() => new(EpochDay ?? throw Missing("date"), NanoOfDay ?? 0);

    /// <summary>A zoned datetime; a named zone's offset is looked up for the local date and time.</summary>
    public CypherDateTime ToDateTime()
    {
        var day = EpochDay ?? throw Missing("date");
        var nanos = NanoOfDay ?? 0;
        var offset = Zone is null ? Offset ?? 0 : TimeZones.OffsetAtLocal(TimeZones.FindNamed(Zone), day, nanos);
        return new CypherDateTime(day, nanos, offset, Zone);
    }

    private static Core.Querying.CypherException Missing(string part) =>
        TemporalErrors.InvalidValue($"Not enough information to build a temporal value: the {part} is missing.");
}
