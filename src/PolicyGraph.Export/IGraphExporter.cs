using PolicyGraph.Core.Model;

namespace PolicyGraph.Export;

/// <summary>Writes a whole graph to a file or directory.</summary>
public interface IGraphExporter
{
    ExportFormat Format { get; }

    /// <summary>Writes <paramref name="graph"/> to <paramref name="outPath"/>, replacing what is there.</summary>
    void Export(PropertyGraph graph, string outPath);
}

/// <summary>An exporter whose output is a single text stream.</summary>
public interface ITextGraphExporter : IGraphExporter
{
    void Write(PropertyGraph graph, TextWriter writer);
}

/// <summary>Shared file handling for single-file text exporters: UTF-8 without BOM, parent folder created.</summary>
public abstract class TextGraphExporter : ITextGraphExporter
{
    public abstract ExportFormat Format { get; }

    public abstract void Write(PropertyGraph graph, TextWriter writer);

    public void Export(PropertyGraph graph, string outPath)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(outPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false));
        Write(graph, writer);
    }

    /// <summary>Text exporters for a graph in a string (tests, web downloads).</summary>
    public string WriteToString(PropertyGraph graph)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(graph, writer);
        return writer.ToString();
    }
}
