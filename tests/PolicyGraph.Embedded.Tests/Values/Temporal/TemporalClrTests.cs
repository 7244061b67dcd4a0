using PolicyGraph.Embedded.Values;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Tests.Values.Temporal;

public class TemporalClrTests
{
    [Fact]
    public void Dotnet_date_and_time_parameters_become_Cypher_temporals()
    {
        Assert.Equal("2021-09-01", Text(new DateOnly(2021, 9, 1)));
        Assert.Equal("08:30:15.500", Text(new TimeOnly(8, 30, 15, 500)));
        Assert.Equal("2021-09-01T08:30+08:00", Text(new DateTimeOffset(2021, 9, 1, 8, 30, 0, TimeSpan.FromHours(8))));
        Assert.Equal("2021-09-01T08:30Z", Text(new DateTime(2021, 9, 1, 8, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("2021-09-01T08:30", Text(new DateTime(2021, 9, 1, 8, 30, 0, DateTimeKind.Unspecified)));
        Assert.Equal("P1DT2H", Text(TimeSpan.FromHours(26)));
    }

    private static string Text(object value) => Assert.IsAssignableFrom<ITemporalValue>(CypherValues.Normalize(value)).ToCypherString();
}
