namespace PolicyGraph.Benchmarks;

/// <summary>One named statement of a query file; <see cref="Line"/> is where its text starts (1-based).</summary>
public sealed record BenchQuery(
    string Name,
    string Cypher,
    IReadOnlyDictionary<string, object?> Parameters,
    int Line);

/// <summary>A query file that cannot be read; the message names the file and line.</summary>
public sealed class QueryFileException(string file, int line, string message) : Exception($"{file}:{line}: {message}")
{
    public int Line { get; } = line;
}
