using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Parses ISO 8601 text (extended and basic forms, week and ordinal dates) into temporal values.</summary>
internal static partial class TemporalParser
{
    private const string YearPart = @"(?<y>[+-]\d{4,9}|\d{4})";
    private const string DatePart =
        YearPart + @"(?:(?<cal>-?(?<m>\d{2})(?:-?(?<d>\d{2}))?)|(?:-?W(?<w>\d{2})(?:-?(?<dw>\d))?)|(?:-?(?<o>\d{3})))?";
    private const string TimePart = @"(?<h>\d{2})(?::?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?";
    private const string ZonePart = @"(?<off>Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[(?<zone>[^\]]+)\])?";

    [GeneratedRegex("^" + DatePart + "$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^" + TimePart + ZonePart + "$")]
    private static partial Regex TimePattern();

    [GeneratedRegex("^" + DatePart + "(?:T" + TimePart + ")?" + ZonePart + "$")]
    private static partial Regex DateTimePattern();

    public static CypherDate ParseDate(string text)
    {
        var match = DatePattern().Match(text);
        return match.Success ? new CypherDate(EpochDay(match, text)) : throw TemporalErrors.InvalidFormat("date", text);
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success || match.Groups["off"].Success || match.Groups["zone"].Success)
            throw TemporalErrors.InvalidFormat("local time", text);
        return new CypherLocalTime(NanoOfDay(match, text));
    }

    public static CypherTime ParseTime(string text, int defaultOffset)
    {
        var match = TimePattern().Match(text);
        if (!match.Success || match.Groups["zone"].Success) throw TemporalErrors.InvalidFormat("time", text);
        var offset = match.Groups["off"].Success ? TimeZones.ParseOffset(match.Groups["off"].Value)!.Value : defaultOffset;
        return new CypherTime(NanoOfDay(match, text), offset);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var match = DateTimePattern().Match(text);
        if (!match.Success || match.Groups["off"].Success || match.Groups["zone"].Success)
            throw TemporalErrors.InvalidFormat("local datetime", text);
        return new CypherLocalDateTime(EpochDay(match, text), NanoOfDay(match, text));
    }

    public static CypherDateTime ParseDateTime(string text, string defaultZone)
    {
        var match = DateTimePattern().Match(text);
        if (!match.Success) throw TemporalErrors.InvalidFormat("datetime", text);
        var epochDay = EpochDay(match, text);
        var nanoOfDay = NanoOfDay(match, text);
        if (match.Groups["zone"].Success)
        {
            var zone = match.Groups["zone"].Value;
            return new CypherDateTime(epochDay, nanoOfDay, TimeZones.OffsetAtLocal(TimeZones.FindNamed(zone), epochDay, nanoOfDay), zone);
        }
        if (match.Groups["off"].Success)
            return new CypherDateTime(epochDay, nanoOfDay, TimeZones.ParseOffset(match.Groups["off"].Value)!.Value, null);
        var (offset, name) = TimeZones.ResolveAtLocal(defaultZone, epochDay, nanoOfDay);
        return new CypherDateTime(epochDay, nanoOfDay, offset, name);
    }

    private static long EpochDay(Match match, string text)
    {
        var year = long.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["w"].Success)
            return TemporalValidation.WeekDate(year, Int(match, "w"), match.Groups["dw"].Success ? Int(match, "dw") : 1);
        if (match.Groups["o"].Success) return TemporalValidation.OrdinalDate(year, Int(match, "o"));
        var month = match.Groups["m"].Success ? Int(match, "m") : 1;
        var day = match.Groups["d"].Success ? Int(match, "d") : 1;
        return TemporalValidation.CalendarDate(year, month, day);
    }

    private static long NanoOfDay(Match match, string text)
    {
        if (!match.Groups["h"].Success) return 0;
        var fraction = match.Groups["f"].Success ? long.Parse(match.Groups["f"].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        return TemporalValidation.TimeOfDay(
            Int(match, "h"),
            match.Groups["mi"].Success ? Int(match, "mi") : 0,
            match.Groups["s"].Success ? Int(match, "s") : 0,
            fraction);
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
