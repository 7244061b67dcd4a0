using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Json;

namespace PolicyGraph.Neo4j.Tests;

/// <summary>Edge cases of the typed-JSON mapping that the recorded responses do not cover.</summary>
public sealed class TypedValueReaderTests
{
    [Theory]
    [InlineData("""{"$type": "Integer", "_value": "-9223372036854775808"}""", long.MinValue)]
    [InlineData("""{"$type": "Integer", "_value": "9223372036854775807"}""", long.MaxValue)]
    public void Integers_use_the_full_64_bit_range(string json, long expected)
    {
        Assert.Equal(expected, TypedValueReader.Read(JObject.Parse(json)));
    }

    [Theory]
    [InlineData("""{"$type": "Float", "_value": "Infinity"}""", double.PositiveInfinity)]
    [InlineData("""{"$type": "Float", "_value": "-Infinity"}""", double.NegativeInfinity)]
    [InlineData("""{"$type": "Float", "_value": "2.0E-7"}""", 2.0e-7)]
    public void Floats_accept_the_documented_spellings(string json, double expected)
    {
        Assert.Equal(expected, TypedValueReader.Read(JObject.Parse(json)));
    }

    [Fact]
    public void A_vector_becomes_a_list_of_numbers_of_its_coordinate_type()
    {
        var ints = TypedValueReader.Read(JObject.Parse("""{"$type": "Vector", "_value": {"coordinatesType": "INT8", "coordinates": ["1", "-5", "10"]}}"""));
        var floats = TypedValueReader.Read(JObject.Parse("""{"$type": "Vector", "_value": {"coordinatesType": "FLOAT32", "coordinates": ["0.5"]}}"""));

        Assert.Equal(new object?[] { 1L, -5L, 10L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(ints));
        Assert.Equal(new object?[] { 0.5 }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(floats));
    }

    [Fact]
    public void An_unsupported_value_is_kept_as_its_description_whatever_its_shape()
    {
        var text = TypedValueReader.Read(JObject.Parse("""{"$type": "Unsupported", "_value": {"name": "VECTOR"}}"""));

        Assert.Equal("""{"name":"VECTOR"}""", text);
    }

    [Theory]
    [InlineData("""{"$type": "Integer", "_value": "9223372036854775808"}""", "64-bit Integer")]
    [InlineData("""{"$type": "Colour", "_value": "red"}""", "Colour")]
    [InlineData("""{"value": 1}""", "typed value")]
    [InlineData("""{"$type": "Path", "_value": [{"$type": "String", "_value": "x"}]}""", "only nodes and relationships")]
    [InlineData("""{"$type": "Date", "_value": {"year": 2024}}""", "a Date to carry its value as a string")]
    [InlineData("""{"$type": "Boolean", "_value": "yes"}""", "a Boolean")]
    public void Values_outside_the_documented_format_are_protocol_errors_that_say_what_was_expected(string json, string expected)
    {
        var error = Assert.Throws<CypherException>(() => TypedValueReader.Read(JObject.Parse(json)));

        Assert.Equal("ProtocolError", error.Category);
        Assert.Contains(expected, error.Message);
    }
}
