using System.Collections;
using System.Globalization;
using System.Xml;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Neo4j.Json;

/// <summary>
/// Writes .NET parameter values in the Query API's typed JSON (<c>{"$type": "Integer", "_value": "42"}</c>),
/// so integers keep all 64 bits and dates stay dates instead of becoming strings.
/// </summary>
internal static class TypedValueWriter
{
    public static JObject WriteParameters(IReadOnlyDictionary<string, object?>? parameters)
    {
        var result = new JObject();
        if (parameters is null) return result;
        foreach (var (name, value) in parameters) result[name] = Write(value, "$" + name);
        return result;
    }

    /// <param name="path">Where the value sits, for the error message (e.g. <c>$rows[3].properties.seq</c>).</param>
    public static JObject Write(object? value, string path) => value switch
    {
        null => Typed("Null", JValue.CreateNull()),
        bool b => Typed("Boolean", new JValue(b)),
        string s => Typed("String", new JValue(s)),
        char c => Typed("String", new JValue(c.ToString())),
        Guid g => Typed("String", new JValue(g.ToString())),
        sbyte or byte or short or ushort or int or uint or long => Typed("Integer", new JValue(
            Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))),
        ulong u when u <= long.MaxValue => Typed("Integer", new JValue(u.ToString(CultureInfo.InvariantCulture))),
        float f => Typed("Float", new JValue(FormatFloat(f))),
        double d => Typed("Float", new JValue(FormatFloat(d))),
        decimal m => Typed("Float", new JValue(FormatFloat((double)m))),
        DateOnly date => Typed("Date", new JValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        TimeOnly time => Typed("LocalTime", new JValue(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture))),
        DateTimeOffset dto => Typed("OffsetDateTime", new JValue(dto.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture))),
        DateTime dt => WriteDateTime(dt),
        TimeSpan span => Typed("Duration", new JValue(XmlConvert.ToString(span))),
        byte[] bytes => Typed("Base64", new JValue(Convert.ToBase64String(bytes))),
        SpatialPoint point => Typed("Point", new JValue(point.ToWkt())),
        IEnumerable<KeyValuePair<string, object?>> map => Typed("Map", WriteMap(map, path)),
        // Any other dictionary (Dictionary<string, string>, …): its pairs are not KeyValuePair<string, object?>.
        IDictionary dictionary => Typed("Map", WriteMap(StringKeyed(dictionary, path), path)),
        IEnumerable list => Typed("List", WriteList(list, path)),
        _ => throw new ArgumentException(
            $"Parameter value at {path} has type {value.GetType().Name}, which has no Neo4j equivalent; " +
            "use bool, integer, floating point, string, DateOnly, DateTime(Offset), TimeSpan, byte[], a list or a string-keyed map."),
    };

    private static JObject Typed(string type, JToken value) => new() { ["$type"] = type, ["_value"] = value };

    private static JObject WriteDateTime(DateTime value) => value.Kind == DateTimeKind.Unspecified
        ? Typed("LocalDateTime", new JValue(value.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)))
        : Write(new DateTimeOffset(value), "");

    private static IEnumerable<KeyValuePair<string, object?>> StringKeyed(IDictionary dictionary, string path)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
                throw new ArgumentException($"Parameter map at {path} has a key of type {entry.Key.GetType().Name}; Neo4j map keys are strings.");
            yield return new(key, entry.Value);
        }
    }

    private static JObject WriteMap(IEnumerable<KeyValuePair<string, object?>> map, string path)
    {
        var result = new JObject();
        foreach (var (key, item) in map) result[key] = Write(item, $"{path}.{key}");
        return result;
    }

    private static JArray WriteList(IEnumerable list, string path)
    {
        var result = new JArray();
        var index = 0;
        foreach (var item in list) result.Add(Write(item, $"{path}[{index++}]"));
        return result;
    }

    // The documented spellings for out-of-range floats are NaN, Infinity and -Infinity.
    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
