using System.Numerics;

namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// duration × number and duration ÷ number, computed exactly as fractions. As in Neo4j, each component is cut
/// towards zero and its fraction spills into the next smaller one (a month as 30.436875 days, a day as 86,400 s),
/// and what is left below one nanosecond is dropped: PT0.000000001S / 2 is PT0S, never rounded up.
/// </summary>
internal static class DurationScaling
{
    private const long NanosPerSecond = 1_000_000_000;
    private static readonly BigInteger NanosPerDay = 86_400 * (BigInteger)NanosPerSecond;

    // 30.436875 days, the average Gregorian month, as a fraction.
    private static readonly BigInteger MonthDaysNumerator = 30_436_875;
    private static readonly BigInteger MonthDaysDenominator = 1_000_000;

    public static CypherDuration Multiply(CypherDuration duration, decimal factor)
    {
        var (numerator, denominator) = Fraction(factor);
        return Scale(duration, numerator, denominator);
    }

    /// <summary>The caller has refused a zero divisor.</summary>
    public static CypherDuration Divide(CypherDuration duration, decimal divisor)
    {
        var (numerator, denominator) = Fraction(divisor);
        return Scale(duration, denominator, numerator);
    }

    /// <summary>The duration times numerator / denominator (denominator not zero).</summary>
    private static CypherDuration Scale(CypherDuration duration, BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var monthsScaled = duration.Months * numerator;
        var months = BigInteger.Divide(monthsScaled, denominator);
        var monthRest = monthsScaled - months * denominator;

        // Days in units of 1 / (denominator × MonthDaysDenominator).
        var dayUnit = denominator * MonthDaysDenominator;
        var daysScaled = duration.Days * numerator * MonthDaysDenominator + monthRest * MonthDaysNumerator;
        var days = BigInteger.Divide(daysScaled, dayUnit);
        var dayRest = daysScaled - days * dayUnit;

        var nanosOfDuration = (BigInteger)duration.Seconds * NanosPerSecond + duration.Nanos;
        var nanos = BigInteger.Divide(nanosOfDuration * numerator * MonthDaysDenominator + dayRest * NanosPerDay, dayUnit);
        var seconds = BigInteger.Divide(nanos, NanosPerSecond);
        var nanoRest = nanos - seconds * NanosPerSecond;
        if (nanoRest.Sign < 0)
        {
            seconds -= 1;
            nanoRest += NanosPerSecond;
        }

        return new CypherDuration(ToLong(months), ToLong(days), ToLong(seconds), (int)nanoRest);
    }

    /// <summary>A decimal as numerator / 10^scale.</summary>
    private static (BigInteger Numerator, BigInteger Denominator) Fraction(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        return (negative ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    private static long ToLong(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? (long)value
            : throw CypherErrors.IntegerOverflow("duration arithmetic");
}
