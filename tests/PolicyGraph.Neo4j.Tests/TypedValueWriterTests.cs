using Newtonsoft.Json.Linq;
using PolicyGraph.Neo4j.Json;

namespace PolicyGraph.Neo4j.Tests;

/// <summary>Parameter shapes the recorded request tests do not cover.</summary>
public sealed class TypedValueWriterTests
{
    [Fact]
    public void A_dictionary_of_strings_is_written_as_a_map_of_strings()
    {
        var written = TypedValueWriter.Write(new Dictionary<string, string> { ["city"] = "福州" }, "$where");

        var expected = JObject.Parse("""{"$type": "Map", "_value": {"city": {"$type": "String", "_value": "福州"}}}""");
        Assert.True(JToken.DeepEquals(expected, written), written.ToString());
    }

    [Fact]
    public void A_map_with_non_string_keys_is_refused_with_its_path()
    {
        var error = Assert.Throws<ArgumentException>(() => TypedValueWriter.Write(new Dictionary<int, string> { [1] = "x" }, "$where"));

        Assert.Contains("$where", error.Message);
        Assert.Contains("Int32", error.Message);
    }
}
