using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Values.Temporal;

/// <summary>Errors raised by temporal construction and arithmetic.</summary>
internal static class TemporalErrors
{
    public static CypherException InvalidValue(string message) => CypherErrors.ArgumentError("InvalidArgumentValue", message);

    public static CypherException InvalidFormat(string kind, string text) =>
        CypherErrors.ArgumentError("InvalidArgumentValue", $"Text cannot be parsed to a {kind}: '{text}'.");
}
