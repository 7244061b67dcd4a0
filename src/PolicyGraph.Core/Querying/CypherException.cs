namespace PolicyGraph.Core.Querying;

public enum QueryPhase
{
    CompileTime,
    Runtime,
}

/// <summary>
/// Every error a query can cause. <see cref="Category"/> and <see cref="Detail"/> use the openCypher TCK's names
/// (SyntaxError / UndefinedVariable, TypeError / InvalidArgumentType, ...); <see cref="Line"/> and
/// <see cref="Column"/> (1-based) locate it in the query text when known; <see cref="StatusCode"/> carries a
/// Neo4j status code (Neo.ClientError.*) when the error came from a server.
/// </summary>
public class CypherException : Exception
{
    public CypherException(
        string category,
        string detail,
        QueryPhase phase,
        string message,
        int? line = null,
        int? column = null,
        string? statusCode = null,
        bool isTransient = false,
        Exception? inner = null)
        : base(message, inner)
    {
        Category = category;
        Detail = detail;
        Phase = phase;
        Line = line;
        Column = column;
        StatusCode = statusCode;
        IsTransient = isTransient;
    }

    public string Category { get; }

    public string Detail { get; }

    public QueryPhase Phase { get; }

    public int? Line { get; }

    public int? Column { get; }

    public string? StatusCode { get; }

    public bool IsTransient { get; }

    public string Position => Line is null ? "" : $"line {Line}, column {Column}";

    public override string ToString() =>
        $"{Category}.{Detail}{(Line is null ? "" : $" at {Position}")}: {Message}";
}
