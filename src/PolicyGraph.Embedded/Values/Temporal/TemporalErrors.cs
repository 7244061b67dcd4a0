using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Errors raised by temporal construction and arithmetic.</summary>
internal static class TemporalErrors
{
    public static CypherException InvalidValue(string message) => CypherErrors.ArgumentError("InvalidArgumentValue", message);

    public static CypherException InvalidFormat(string kind, string text) =>
        CypherErrors.ArgumentError("InvalidArgumentValue",
            $"Text cannot be parsed to a {kind}: '{text}'; expected ISO 8601 such as {ExampleOf(kind)}.");

    private static string ExampleOf(string kind) => kind switch
    {
        "date" => "2024-03-31, 20240331, 2024-W13-7 or 2024-091",
        "local time" => "14:05:30.25",
        "time" => "14:05:30+08:00",
        "local datetime" => "2024-03-31T14:05:30",
        "datetime" => "2024-03-31T14:05:30+08:00 or 2024-03-31T14:05[Asia/Shanghai]",
        "duration" => "P1Y2M10DT2H30M or P0001-02-10T02:30:00",
        _ => "the form of its type",
    };
}
