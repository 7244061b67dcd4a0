using System.Globalization;
using System.Text;

namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Canonical string forms of temporal values (ISO 8601 as Neo4j renders them).</summary>
internal static class TemporalFormat
{
    public static string Date(long epochDay)
    {
        var (year, month, day) = CalendarMath.Civil(epochDay);
        return $"{Year(year)}-{month:D2}-{day:D2}";
    }

    // Four-digit years as is; wider years carry an explicit sign, as ISO 8601 expanded years do.
    private static string Year(long year) => year switch
    {
        > 9999 => "+" + year.ToString(CultureInfo.InvariantCulture),
        >= 0 => year.ToString("D4", CultureInfo.InvariantCulture),
        _ => "-" + (-year).ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>HH:mm, then :ss only when seconds or fractions are present, fractions in groups of three digits.</summary>
    public static string Time(long nanoOfDay)
    {
        var totalSeconds = nanoOfDay / CalendarMath.NanosPerSecond;
        var nanos = (int)(nanoOfDay % CalendarMath.NanosPerSecond);
        var builder = new StringBuilder();
        builder.Append((totalSeconds / 3600).ToString("D2", CultureInfo.InvariantCulture)).Append(':')
            .Append((totalSeconds / 60 % 60).ToString("D2", CultureInfo.InvariantCulture));
        var seconds = totalSeconds % 60;
        if (seconds != 0 || nanos != 0) builder.Append(':').Append(seconds.ToString("D2", CultureInfo.InvariantCulture));
        if (nanos != 0) builder.Append('.').Append(Fraction(nanos));
        return builder.ToString();
    }

    private static string Fraction(int nanos)
    {
        var digits = nanos.ToString("D9", CultureInfo.InvariantCulture);
        if (nanos % 1_000_000 == 0) return digits[..3];
        return nanos % 1000 == 0 ? digits[..6] : digits;
    }

    public static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0) return "Z";
        var sign = offsetSeconds < 0 ? '-' : '+';
        var magnitude = Math.Abs(offsetSeconds);
        var text = $"{sign}{magnitude / 3600:D2}:{magnitude / 60 % 60:D2}";
        return magnitude % 60 == 0 ? text : $"{text}:{magnitude % 60:D2}";
    }

    /// <summary>P[nY][nM][nD][T[nH][nM][n.fffS]] with each component carrying its own sign; zero is PT0S.</summary>
    public static string Duration(CypherDuration duration)
    {
        var builder = new StringBuilder("P");
        AppendComponent(builder, duration.Months / 12, 'Y');
        AppendComponent(builder, duration.Months % 12, 'M');
        AppendComponent(builder, duration.Days, 'D');
        var totalNanos = (Int128)duration.Seconds * CalendarMath.NanosPerSecond + duration.Nanos;
        if (totalNanos != 0)
        {
            builder.Append('T');
            var negative = totalNanos < 0;
            var magnitude = negative ? -totalNanos : totalNanos;
            var wholeSeconds = (long)(magnitude / CalendarMath.NanosPerSecond);
            var fraction = (int)(magnitude % CalendarMath.NanosPerSecond);
            var sign = negative ? -1 : 1;
            AppendComponent(builder, sign * (wholeSeconds / 3600), 'H');
            AppendComponent(builder, sign * (wholeSeconds / 60 % 60), 'M');
            AppendSeconds(builder, negative, wholeSeconds % 60, fraction);
        }
        return builder.Length == 1 ? "PT0S" : builder.ToString();
    }

    private static void AppendComponent(StringBuilder builder, long value, char unit)
    {
        if (value != 0) builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
    }

    private static void AppendSeconds(StringBuilder builder, bool negative, long seconds, int fraction)
    {
        if (seconds == 0 && fraction == 0) return;
        if (negative) builder.Append('-');
        builder.Append(seconds.ToString(CultureInfo.InvariantCulture));
        if (fraction != 0) builder.Append('.').Append(fraction.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
        builder.Append('S');
    }
}
