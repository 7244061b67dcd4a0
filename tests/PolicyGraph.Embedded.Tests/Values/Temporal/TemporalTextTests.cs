using PolicyGraph.Embedded.Values.Temporal;
using static PolicyGraph.Embedded.Tests.Expressions.Parsed;

namespace PolicyGraph.Embedded.Tests.Values.Temporal;

// Expected values from the openCypher TCK (expressions/temporal/Temporal2 parsing, Temporal6 rendering).
public class TemporalTextTests
{
    [Theory]
    [InlineData("date('2015-W30-2')", "2015-07-21")]
    [InlineData("date('2015202')", "2015-07-21")]
    [InlineData("date('201507')", "2015-07-01")]
    [InlineData("localtime('214032.142')", "21:40:32.142")]
    [InlineData("time('2140-02')", "21:40-02:00")]
    [InlineData("time('22+18:00')", "22:00+18:00")]
    [InlineData("localdatetime('2015-W30T2140')", "2015-07-20T21:40")]
    [InlineData("datetime('2015T214032-0100')", "2015-01-01T21:40:32-01:00")]
    [InlineData("datetime('2015-07-21T21:40:32.142[Europe/London]')", "2015-07-21T21:40:32.142+01:00[Europe/London]")]
    [InlineData("datetime('2015-07-21T21:40:32.142+0845[Australia/Eucla]')", "2015-07-21T21:40:32.142+08:45[Australia/Eucla]")]
    public void Parses_iso_text(string expression, string expected)
    {
        Assert.Equal(expected, Assert.IsAssignableFrom<ITemporalValue>(Eval(expression)).ToCypherString());
    }

    [Theory]
    [InlineData("date('2024/03/31')", "date: '2024/03/31'", "2024-03-31")]
    [InlineData("duration('1 day')", "duration: '1 day'", "P1Y2M10DT2H30M")]
    public void Unparsable_text_names_the_text_and_an_example_of_what_was_expected(string expression, string quoted, string example)
    {
        var error = Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => Eval(expression));

        Assert.Equal("InvalidArgumentValue", error.Detail);
        Assert.Contains(quoted, error.Message);
        Assert.Contains(example, error.Message);
    }

    [Theory]
    [InlineData("P5M1.5D", "P5M1DT12H")]
    [InlineData("P0.75M", "P22DT19H51M49.5S")]
    [InlineData("PT0.75M", "PT45S")]
    [InlineData("P2.5W", "P17DT12H")]
    [InlineData("P12Y5M14DT16H12M70S", "P12Y5M14DT16H13M10S")]
    [InlineData("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S")]
    public void Parses_durations_spilling_fractions_downwards(string text, string expected)
    {
        Assert.Equal(expected, Assert.IsType<CypherDuration>(Eval($"duration('{text}')")).ToCypherString());
    }

    [Theory]
    [InlineData("{seconds: -2, milliseconds: 1}", "PT-1.999S")]
    [InlineData("{seconds: -60, milliseconds: -1}", "PT-1M-0.001S")]
    [InlineData("{days: 1, milliseconds: -1}", "P1DT-0.001S")]
    [InlineData("{years: 12, months: 5, days: -14, hours: 16}", "P12Y5M-14DT16H")]
    [InlineData("{weeks: 2.5}", "P17DT12H")]
    [InlineData("{}", "PT0S")]
    public void Renders_durations_with_signed_components(string map, string expected)
    {
        Assert.Equal(expected, Eval($"toString(duration({map}))"));
    }

    [Fact]
    public void Renders_fractions_in_groups_of_three_and_omits_zero_seconds()
    {
        Assert.Equal("12:31:14.645876123", Eval("toString(localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123}))"));
        Assert.Equal("12:31:14.645", Eval("toString(localtime({hour: 12, minute: 31, second: 14, millisecond: 645}))"));
        Assert.Equal("12:00", Eval("toString(localtime({hour: 12}))"));
        Assert.Equal("12:34:56+02:05:59", Eval("toString(time({hour: 12, minute: 34, second: 56, timezone: '+02:05:59'}))"));
    }

    [Fact]
    public void Unparseable_text_names_the_text()
    {
        var error = Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => Eval("date('2015-13-01x')"));
        Assert.Contains("2015-13-01x", error.Message);
    }
}
