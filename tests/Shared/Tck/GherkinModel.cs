namespace PolicyGraph.Testing.Tck;

/// <summary>A Gherkin data table: rows of already-unescaped, trimmed cells. The row "|" has zero cells.</summary>
public sealed record DataTable(IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public DataTable Map(Func<string, string> transform) =>
        new(Rows.Select(row => (IReadOnlyList<string>)row.Select(transform).ToArray()).ToArray());
}

/// <summary>One step. <see cref="Keyword"/> is kept for messages only: steps are matched on their text.</summary>
public sealed record Step(string Keyword, string Text, int Line, string? DocString = null, DataTable? Table = null);

/// <summary>A Scenario or Scenario Outline as written; an outline has one or more Examples tables (header row first).</summary>
public sealed record ScenarioDefinition(
    string Title,
    int Line,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Step> Steps,
    IReadOnlyList<DataTable> Examples);

/// <summary>A parsed .feature file. <see cref="RelativePath"/> uses '/' and is relative to the features folder.</summary>
public sealed record FeatureFile(
    string RelativePath,
    string Title,
    IReadOnlyList<Step> Background,
    IReadOnlyList<ScenarioDefinition> Scenarios)
{
    /// <summary>"Match1" for "Match1 - Match nodes"; the whole title when there is no subtitle.</summary>
    public string ShortName
    {
        get
        {
            var dash = Title.IndexOf(" - ", StringComparison.Ordinal);
            return dash < 0 ? Title.Trim() : Title[..dash].Trim();
        }
    }
}

/// <summary>A feature file that is not valid Gherkin (or uses what the TCK never does); names the file and line.</summary>
public sealed class GherkinFormatException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;

    public int LineNumber { get; } = line;
}
