namespace PolicyGraph.Cypher.Tests.Neo4jManual;

/// <summary>
/// One example of Neo4j's Cypher Manual: the graph it runs on, the query, and the result the manual documents
/// (rows as JSON arrays, or the error category). <see cref="KnownFailure"/> says why the engine does not yet
/// reproduce it; null means it must pass.
/// </summary>
public sealed record ManualExample(
    string File,
    int Line,
    string Name,
    string Source,
    IReadOnlyList<string> Setup,
    string Query,
    IReadOnlyList<string>? Rows,
    string? ErrorCategory,
    string? KnownFailure)
{
    /// <summary>Rows are compared in order only when the query orders its result.</summary>
    public bool Ordered => Query.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{File}:{Line} {Name}";
}
