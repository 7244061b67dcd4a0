namespace PolicyGraph.Export.Csv;

/// <summary>A CSV file that cannot be read as a graph; the message starts with "file:line:".</summary>
public sealed class CsvFormatException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
