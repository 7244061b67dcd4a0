using PolicyGraph.Embedded.Values.Temporal;
using static PolicyGraph.Embedded.Tests.Expressions.Parsed;

namespace PolicyGraph.Embedded.Tests.Values.Temporal;

// Expected values from the openCypher TCK (expressions/temporal/Temporal1, Temporal5) and the ISO 8601 calendar.
public class CalendarTests
{
    [Theory]
    [InlineData("{year: 1816, week: 1}", "1816-01-01")]
    [InlineData("{year: 1817, week: 1}", "1816-12-30")]
    [InlineData("{year: 1818, week: 53}", "1818-12-28")]
    [InlineData("{dayOfWeek: 2, year: 1817, week: 1}", "1816-12-31")]
    [InlineData("{date: date('1816-12-31'), week: 2}", "1817-01-07")]
    [InlineData("{year: 1984, ordinalDay: 202}", "1984-07-20")]
    [InlineData("{year: 1984, quarter: 3, dayOfQuarter: 45}", "1984-08-14")]
    [InlineData("{year: 1984, month: 10}", "1984-10-01")]
    [InlineData("{date: date({year: 1984, month: 11, day: 11}), quarter: 3}", "1984-08-11")]
    [InlineData("{date: date({year: 1984, month: 11, day: 11}), year: 28}", "0028-11-11")]
    public void Dates_from_maps(string map, string expected)
    {
        Assert.Equal(expected, Assert.IsType<CypherDate>(Eval($"date({map})")).ToCypherString());
    }

    [Fact]
    public void Date_accessors_follow_iso_weeks()
    {
        Assert.Equal(1983L, Eval("date({year: 1984, month: 1, day: 1}).weekYear"));
        Assert.Equal(52L, Eval("date({year: 1984, month: 1, day: 1}).week"));
        Assert.Equal(7L, Eval("date({year: 1984, month: 1, day: 1}).weekDay"));
        Assert.Equal(285L, Eval("date({year: 1984, month: 10, day: 11}).ordinalDay"));
        Assert.Equal(11L, Eval("date({year: 1984, month: 10, day: 11}).dayOfQuarter"));
    }

    [Fact]
    public void Extreme_years_round_trip_through_epoch_days()
    {
        Assert.Equal("+999999999-12-31", new CypherDate(CalendarMath.EpochDay(999_999_999, 12, 31)).ToCypherString());
        Assert.Equal("-999999999-01-01", new CypherDate(CalendarMath.EpochDay(-999_999_999, 1, 1)).ToCypherString());
        Assert.Equal((2000L, 2, 29), CalendarMath.Civil(CalendarMath.EpochDay(2000, 2, 29)));
        Assert.Equal(0L, CalendarMath.EpochDay(1970, 1, 1));
    }

    [Fact]
    public void Invalid_fields_are_rejected_with_the_field_named()
    {
        var error = Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => Eval("date({year: 2015, month: 2, day: 29})"));
        Assert.Contains("day", error.Message);
    }
}
