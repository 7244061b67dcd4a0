namespace PolicyGraph.Ingest.Resolution;

/// <summary>A reference (gazetteer) file is malformed; the message names the file and line.</summary>
public sealed class GazetteerFormatException : Exception
{
    public GazetteerFormatException(string filePath, int line, string problem)
        : base($"{filePath}:{line}: {problem}")
    {
        FilePath = filePath;
        Line = line;
    }

    public string FilePath { get; }

    public int Line { get; }
}
