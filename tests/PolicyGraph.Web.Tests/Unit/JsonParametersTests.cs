using System.Text.Json;
using PolicyGraph.Web.Endpoints;

namespace PolicyGraph.Web.Tests.Unit;

/// <summary>Console parameters keep JSON's integer / float distinction, as Neo4j's HTTP API does.</summary>
public class JsonParametersTests
{
    private static IReadOnlyDictionary<string, object?> Parse(string json) =>
        JsonParameters.ToMap(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void An_integer_stays_an_integer_and_a_fraction_a_float()
    {
        var parameters = Parse("""{"limit": 40, "ratio": 2.5, "big": 9007199254740993}""");

        Assert.IsType<long>(parameters["limit"]);
        Assert.Equal(40L, parameters["limit"]);
        Assert.IsType<double>(parameters["ratio"]);
        Assert.Equal(9007199254740993L, parameters["big"]);
    }

    [Fact]
    public void Integers_inside_lists_and_maps_stay_integers()
    {
        var parameters = Parse("""{"ids": [1, 2.0], "page": {"offset": 10}}""");

        var ids = Assert.IsType<object?[]>(parameters["ids"]);
        Assert.IsType<long>(ids[0]);
        Assert.IsType<double>(ids[1]);
        var page = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(parameters["page"]);
        Assert.IsType<long>(page["offset"]);
    }
}
