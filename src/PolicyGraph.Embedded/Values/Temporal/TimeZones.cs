using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// Resolves time zones: fixed offsets ("Z", "+01:00", "-0530", "+02:05:59") and IANA names ("Europe/Stockholm")
/// through the system time-zone database. Named zones work for years 1..9999 (the range .NET can look up).
/// </summary>
internal static partial class TimeZones
{
    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2})(?::?(?<m>\d{2})(?::?(?<s>\d{2}))?)?$")]
    private static partial Regex OffsetPattern();

    /// <summary>Parses a fixed offset; null when the text is not one.</summary>
    public static int? ParseOffset(string text)
    {
        if (text is "Z" or "z") return 0;
        var match = OffsetPattern().Match(text);
        if (!match.Success) return null;
        var seconds = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 3600
            + (match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) * 60 : 0)
            + (match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0);
        if (seconds > 18 * 3600) throw TemporalErrors.InvalidValue($"Offset '{text}' is out of range (±18:00).");
        return match.Groups["sign"].Value == "-" ? -seconds : seconds;
    }

    public static TimeZoneInfo FindNamed(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            throw TemporalErrors.InvalidValue($"Unknown time zone '{name}'.");
        }
    }

    /// <summary>The offset a zone has at a local date-time (gaps resolve forward, overlaps to the earlier offset).</summary>
    public static int OffsetAtLocal(TimeZoneInfo zone, long epochDay, long nanoOfDay)
    {
        var local = ToDateTime(epochDay, nanoOfDay);
        if (zone.IsAmbiguousTime(local)) return (int)zone.GetAmbiguousTimeOffsets(local).Max().TotalSeconds;
        if (zone.IsInvalidTime(local)) return (int)zone.GetUtcOffset(local.AddHours(1)).TotalSeconds;
        return (int)zone.GetUtcOffset(local).TotalSeconds;
    }

    /// <summary>The offset a zone has at an instant given as seconds since the epoch (UTC).</summary>
    public static int OffsetAtInstant(TimeZoneInfo zone, long epochSecond)
    {
        var utc = DateTime.UnixEpoch.AddSeconds(Math.Clamp(epochSecond, -62_135_596_800L, 253_402_300_799L));
        return (int)zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).TotalSeconds;
    }

    private static DateTime ToDateTime(long epochDay, long nanoOfDay)
    {
        var (year, month, day) = CalendarMath.Civil(epochDay);
        if (year is < 1 or > 9999) throw TemporalErrors.InvalidValue($"Named time zones need a year between 1 and 9999, not {year}.");
        return new DateTime((int)year, month, day, 0, 0, 0, DateTimeKind.Unspecified).AddTicks(nanoOfDay / 100);
    }

    /// <summary>A zone given as text: its fixed offset, or its IANA name and the offset in force at the local time.</summary>
    public static (int Offset, string? Name) ResolveAtLocal(string zone, long epochDay, long nanoOfDay)
    {
        if (ParseOffset(zone) is { } offset) return (offset, null);
        return (OffsetAtLocal(FindNamed(zone), epochDay, nanoOfDay), zone);
    }
}
