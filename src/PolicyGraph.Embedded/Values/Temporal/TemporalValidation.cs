namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Checks temporal fields and turns them into epoch days / nanoseconds of day, or raises a clear error.</summary>
internal static class TemporalValidation
{
    public static long CalendarDate(long year, long month, long day)
    {
        CheckYear(year);
        Check("month", month, 1, 12);
        Check("day", day, 1, CalendarMath.DaysInMonth(year, (int)month));
        return CalendarMath.EpochDay(year, (int)month, (int)day);
    }

    public static long WeekDate(long weekYear, long week, long dayOfWeek)
    {
        CheckYear(weekYear);
        Check("week", week, 1, CalendarMath.WeeksInWeekYear(weekYear));
        Check("dayOfWeek", dayOfWeek, 1, 7);
        return CalendarMath.EpochDayOfWeek(weekYear, (int)week, (int)dayOfWeek);
    }

    public static long OrdinalDate(long year, long ordinalDay)
    {
        CheckYear(year);
        Check("ordinalDay", ordinalDay, 1, CalendarMath.IsLeapYear(year) ? 366 : 365);
        return CalendarMath.EpochDayOfOrdinal(year, (int)ordinalDay);
    }

    public static long QuarterDate(long year, long quarter, long dayOfQuarter)
    {
        CheckYear(year);
        Check("quarter", quarter, 1, 4);
        var firstDay = CalendarMath.EpochDay(year, (int)(quarter - 1) * 3 + 1, 1);
        var nextQuarter = quarter == 4 ? CalendarMath.EpochDay(year + 1, 1, 1) : CalendarMath.EpochDay(year, (int)quarter * 3 + 1, 1);
        Check("dayOfQuarter", dayOfQuarter, 1, nextQuarter - firstDay);
        return firstDay + dayOfQuarter - 1;
    }

    public static long TimeOfDay(long hour, long minute, long second, long nanosecond)
    {
        Check("hour", hour, 0, 23);
        Check("minute", minute, 0, 59);
        Check("second", second, 0, 59);
        Check("nanosecond", nanosecond, 0, CalendarMath.NanosPerSecond - 1);
        return ((hour * 60 + minute) * 60 + second) * CalendarMath.NanosPerSecond + nanosecond;
    }

    private static void CheckYear(long year) => Check("year", year, CalendarMath.MinYear, CalendarMath.MaxYear);

    private static void Check(string field, long value, long min, long max)
    {
        if (value < min || value > max)
            throw TemporalErrors.InvalidValue($"Invalid value for {field}: {value} (expected {min}..{max}).");
    }
}
