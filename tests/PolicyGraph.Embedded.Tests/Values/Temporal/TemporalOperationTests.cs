using PolicyGraph.Embedded.Values;
using PolicyGraph.Embedded.Values.Temporal;
using static PolicyGraph.Embedded.Tests.Expressions.Parsed;

namespace PolicyGraph.Embedded.Tests.Values.Temporal;

// Expected values from the openCypher TCK (Temporal3 selection, Temporal7 comparison, Temporal8 arithmetic,
// Temporal9 truncation, Temporal10 durations between values).
public class TemporalOperationTests
{
    private static string Text(string expression) => Assert.IsAssignableFrom<ITemporalValue>(Eval(expression)).ToCypherString();

    [Fact]
    public void Adding_a_duration_moves_months_then_days_then_seconds()
    {
        const string duration = "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2})";
        Assert.Equal("1997-03-25", Text($"date({{year: 1984, month: 10, day: 11}}) + {duration}"));
        Assert.Equal("1972-04-27", Text($"date({{year: 1984, month: 10, day: 11}}) - {duration}"));
        Assert.Equal("04:44:24.000000003", Text($"localtime({{hour: 12, minute: 31, second: 14, nanosecond: 1}}) + {duration}"));
        Assert.Equal("1997-03-26T04:44:24.000000003+01:00",
            Text($"datetime({{year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 1, timezone: '+01:00'}}) + {duration}"));
    }

    [Fact]
    public void Durations_add_and_scale()
    {
        const string duration = "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})";
        Assert.Equal("P24Y10M28DT32H26M20.000000002S", Text($"{duration} + {duration}"));
        Assert.Equal("PT0S", Text($"{duration} - {duration}"));
        Assert.Equal("P6Y2M22DT13H21M8S", Text($"{duration} * 0.5"));
        Assert.Equal("P6Y2M22DT13H21M8S", Text($"{duration} / 2"));
    }

    [Fact]
    public void Zoned_values_compare_by_instant()
    {
        Assert.Equal(true, Eval("time({hour: 10, minute: 0, timezone: '+01:00'}) < time({hour: 9, minute: 35, timezone: '+00:00'})"));
        Assert.Null(Eval("duration('P1D') < duration('P2D')"));
        Assert.Null(Eval("date('2015-01-01') < localdatetime('2015-01-01T00:00')"));
        Assert.True(CypherOrdering.CompareValues(Eval("date('2015-01-01')"), Eval("date('2016-01-01')")) < 0);
    }

    [Fact]
    public void Selecting_into_another_zone_keeps_the_instant()
    {
        Assert.Equal("16:31:14.645876+05:00",
            Text("time({time: time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'}), timezone: '+05:00'})"));
        Assert.Equal("1984-10-28T12:00:42+01:00[Europe/Stockholm]",
            Text("datetime({datetime: datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'}), day: 28, second: 42})"));
    }

    [Theory]
    [InlineData("date.truncate('millennium', date({year: 2017, month: 10, day: 11}))", "2000-01-01")]
    [InlineData("date.truncate('weekYear', date({year: 1984, month: 1, day: 1}))", "1983-01-03")]
    [InlineData("date.truncate('quarter', date({year: 1984, month: 11, day: 11}), {day: 2})", "1984-10-02")]
    [InlineData("localtime.truncate('millisecond', localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123}), {nanosecond: 2})", "12:31:14.645000002")]
    [InlineData("datetime.truncate('day', date({year: 1984, month: 10, day: 11}), {nanosecond: 2})", "1984-10-11T00:00:00.000000002Z")]
    public void Truncation_then_overrides(string expression, string expected)
    {
        Assert.Equal(expected, Text(expression));
    }

    [Theory]
    [InlineData("duration.between(date('1984-10-11'), date('2015-06-24'))", "P30Y8M13D")]
    [InlineData("duration.between(localdatetime('2015-07-21T21:40:32.142'), date('2015-06-24'))", "P-27DT-21H-40M-32.142S")]
    [InlineData("duration.between(datetime('2014-07-21T21:40:36.143+0200'), datetime('2015-07-21T21:40:32.142+0100'))", "P1YT59M55.999S")]
    [InlineData("duration.between(time('14:30'), time('16:30+0100'))", "PT1H")]
    [InlineData("duration.inMonths(date('1984-10-11'), localtime('16:30'))", "PT0S")]
    [InlineData("duration.between(datetime('2017-10-28T23:00+02:00[Europe/Stockholm]'), datetime('2017-10-29T04:00+01:00[Europe/Stockholm]'))", "PT6H")]
    [InlineData("duration.inSeconds(datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}), localdatetime({year: 2017, month: 10, day: 29, hour: 4}))", "PT5H")]
    public void Durations_between_values(string expression, string expected)
    {
        Assert.Equal(expected, Text(expression));
    }

    [Fact]
    public void Temporal_values_leave_the_engine_as_their_iso_text()
    {
        var result = ResultValueConverter.ToResultValue(Eval("[date('2015-07-21'), duration('P1D')]"), new Expressions.TestGraph());
        Assert.Equal(new object?[] { "2015-07-21", "P1D" }, (IEnumerable<object?>)result!);
    }

    [Fact]
    public void Statement_clock_is_fixed_for_the_whole_query()
    {
        var context = new PolicyGraph.Embedded.Expressions.EvaluationContext(
            new Expressions.TestGraph(), statementTime: new DateTimeOffset(2020, 5, 17, 8, 30, 0, TimeSpan.Zero));
        Assert.Equal("2020-05-17", Text2("date()", context));
        Assert.Equal("2020-05-17T10:30+02:00[Europe/Stockholm]", Text2("datetime.statement('Europe/Stockholm')", context));
        Assert.Null(Eval("date.transaction(null)"));
    }

    private static string Text2(string expression, PolicyGraph.Embedded.Expressions.EvaluationContext context) =>
        Assert.IsAssignableFrom<ITemporalValue>(Eval(expression, context: context)).ToCypherString();
}
