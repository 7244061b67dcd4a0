using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// Accumulates duration components (possibly fractional) the way Cypher does: fractions of months spill into days
/// using the average Gregorian month (30.436875 days), fractions of days spill into seconds.
/// </summary>
internal sealed partial class DurationBuilder
{
    private const decimal AverageDaysPerMonth = 30.436875m;
    private decimal months;
    private decimal days;
    private decimal nanos;

    // Below decimal's range (±7.92e28) with room for the double's rounding.
    private const double LargestAmount = 7.9e28;

    /// <summary>
    /// A number as an exact amount for a duration's component or scaling; NaN, ±Infinity and magnitudes a decimal
    /// cannot hold are a query error, not an overflow of the runtime.
    /// </summary>
    public static decimal Amount(string what, object number) => number switch
    {
        long l => l,
        double d when double.IsFinite(d) && Math.Abs(d) < LargestAmount => (decimal)d,
        _ => throw CypherErrors.NumberOutOfRange(
            $"{what} must be a finite number within ±{LargestAmount:0.#e0}, not {CypherValues.FormatFloat(Convert.ToDouble(number, CultureInfo.InvariantCulture))}."),
    };

    public void Add(string unit, decimal amount)
    {
        try
        {
            AddUnchecked(unit, amount);
        }
        catch (OverflowException)
        {
            throw OutOfRange();
        }
    }

    private void AddUnchecked(string unit, decimal amount)
    {
        switch (unit.ToLowerInvariant())
        {
            case "years": months += amount * 12; break;
            case "quarters": months += amount * 3; break;
            case "months": months += amount; break;
            case "weeks": days += amount * 7; break;
            case "days": days += amount; break;
            case "hours": nanos += amount * 3_600_000_000_000m; break;
            case "minutes": nanos += amount * 60_000_000_000m; break;
            case "seconds": nanos += amount * 1_000_000_000m; break;
            case "milliseconds": nanos += amount * 1_000_000m; break;
            case "microseconds": nanos += amount * 1_000m; break;
            case "nanoseconds": nanos += amount; break;
            default: throw TemporalErrors.InvalidValue($"'{unit}' is not a duration component.");
        }
    }

    public CypherDuration Build()
    {
        try
        {
            return BuildUnchecked();
        }
        catch (OverflowException)
        {
            throw OutOfRange();
        }
    }

    // Decimal arithmetic and conversions to long throw on overflow; the checks are theirs, the error is the query's.
    private static Exception OutOfRange() => CypherErrors.NumberOutOfRange(
        "The duration is out of range: its months, days and seconds must each fit a 64-bit integer.");

    private CypherDuration BuildUnchecked()
    {
        var wholeMonths = decimal.Truncate(months);
        var allDays = days + (months - wholeMonths) * AverageDaysPerMonth;
        var wholeDays = decimal.Truncate(allDays);
        var allNanos = decimal.Round(nanos + (allDays - wholeDays) * 86_400_000_000_000m);
        var seconds = decimal.Floor(allNanos / 1_000_000_000m);
        return new CypherDuration((long)wholeMonths, (long)wholeDays, (long)seconds, (int)(allNanos - seconds * 1_000_000_000m));
    }

    [GeneratedRegex(@"^P(?:(?<years>-?[\d.]+)Y)?(?:(?<months>-?[\d.]+)M)?(?:(?<weeks>-?[\d.]+)W)?(?:(?<days>-?[\d.]+)D)?(?:T(?:(?<hours>-?[\d.]+)H)?(?:(?<minutes>-?[\d.]+)M)?(?:(?<seconds>-?[\d.]+)S)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^P(?<years>\d{4})-(?<months>\d{2})-(?<days>\d{2})T(?<hours>\d{2}):(?<minutes>\d{2}):(?<seconds>\d{2}(?:\.\d{1,9})?)$")]
    private static partial Regex AlternativePattern();

    private static readonly string[] Units = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"];

    /// <summary>Parses P1Y2M3W4DT5H6M7.8S (any component optional, fractions allowed) or P0001-02-03T04:05:06.</summary>
    public static CypherDuration Parse(string text)
    {
        var match = UnitPattern().Match(text);
        if (!match.Success || text.EndsWith('T') || text.Length < 2) match = AlternativePattern().Match(text);
        if (!match.Success) throw TemporalErrors.InvalidFormat("duration", text);
        var builder = new DurationBuilder();
        foreach (var unit in Units)
        {
            var group = match.Groups[unit];
            if (!group.Success) continue;
            if (!decimal.TryParse(group.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                throw TemporalErrors.InvalidFormat("duration", text);
            builder.Add(unit, amount);
        }
        return builder.Build();
    }
}
