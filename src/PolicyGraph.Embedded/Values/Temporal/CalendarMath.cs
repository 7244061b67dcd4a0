namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on epoch days (days since 1970-01-01), valid far beyond DateOnly's
/// range (Cypher dates span years −999,999,999 to +999,999,999). Civil conversions follow Howard Hinnant's
/// public-domain "days from civil" algorithms; ISO weeks start on Monday and week 1 contains January 4th.
/// </summary>
public static class CalendarMath
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerDay = 86_400L * NanosPerSecond;
    public const long MinYear = -999_999_999;
    public const long MaxYear = 999_999_999;

    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static long EpochDay(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - era * 400;
        var monthIndex = (month + 9) % 12;
        var dayOfYear = (153 * monthIndex + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    public static (long Year, int Month, int Day) Civil(long epochDay)
    {
        var z = epochDay + 719_468;
        var era = FloorDiv(z, 146_097);
        var dayOfEra = z - era * 146_097;
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var monthIndex = (5 * dayOfYear + 2) / 153;
        var day = (int)(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        var month = (int)(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    /// <summary>ISO day of week: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday).</summary>
    public static int DayOfWeek(long epochDay) => (int)(FloorMod(epochDay + 3, 7) + 1);

    public static int OrdinalDay(long epochDay) => (int)(epochDay - EpochDay(Civil(epochDay).Year, 1, 1) + 1);

    public static long EpochDayOfOrdinal(long year, int ordinalDay) => EpochDay(year, 1, 1) + ordinalDay - 1;

    public static int Quarter(int month) => (month - 1) / 3 + 1;

    public static int DayOfQuarter(long epochDay)
    {
        var (year, month, _) = Civil(epochDay);
        return (int)(epochDay - EpochDay(year, (Quarter(month) - 1) * 3 + 1, 1) + 1);
    }

    /// <summary>Monday of ISO week 1 of <paramref name="weekYear"/>: the Monday on or before January 4th.</summary>
    public static long FirstMondayOfWeekYear(long weekYear)
    {
        var january4 = EpochDay(weekYear, 1, 4);
        return january4 - (DayOfWeek(january4) - 1);
    }

    public static long EpochDayOfWeek(long weekYear, int week, int dayOfWeek) =>
        FirstMondayOfWeekYear(weekYear) + (week - 1) * 7L + dayOfWeek - 1;

    public static int WeeksInWeekYear(long weekYear) =>
        (int)((FirstMondayOfWeekYear(weekYear + 1) - FirstMondayOfWeekYear(weekYear)) / 7);

    public static (long WeekYear, int Week) IsoWeek(long epochDay)
    {
        var year = Civil(epochDay).Year;
        var weekYear = epochDay >= FirstMondayOfWeekYear(year + 1) ? year + 1
            : epochDay < FirstMondayOfWeekYear(year) ? year - 1
            : year;
        return (weekYear, (int)((epochDay - FirstMondayOfWeekYear(weekYear)) / 7) + 1);
    }

    public static long FloorDiv(long value, long divisor) => value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);

    public static long FloorMod(long value, long divisor) => value - FloorDiv(value, divisor) * divisor;
}
