namespace PolicyGraph.Cypher.Tests.Tck;

/// <summary>
/// Reads the queries out of the openCypher TCK feature files where they lie (../shared/tck or
/// $OPENCYPHER_TCK_DIR); the files are never copied into this repository. Handles the small Gherkin subset
/// the TCK uses: comments, Scenario / Scenario Outline with one Examples table, doc strings, step lines.
/// </summary>
public static class TckFeatureReader
{
    private const string QueryStep = "When executing query:";

    public static string? FindFeaturesDirectory()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("OPENCYPHER_TCK_DIR"),
            "/work/shared/tck",
        };
        return candidates
            .OfType<string>()
            .Select(directory => Path.Combine(directory, "features"))
            .FirstOrDefault(Directory.Exists);
    }

    public static IReadOnlyList<TckScenario> ReadAll(string featuresDirectory) =>
        Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => ReadFeature(Path.GetRelativePath(featuresDirectory, path), File.ReadAllLines(path)))
            .ToList();

    public static IEnumerable<TckScenario> ReadFeature(string feature, IReadOnlyList<string> lines)
    {
        var scenarios = new List<TckScenario>();
        RawScenario? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("Scenario", StringComparison.Ordinal))
            {
                Flush(feature, current, scenarios);
                current = new RawScenario(line);
            }
            else if (current is not null)
            {
                i = ReadScenarioLine(lines, i, current);
            }
        }

        Flush(feature, current, scenarios);
        return scenarios;
    }

    private static int ReadScenarioLine(IReadOnlyList<string> lines, int index, RawScenario scenario)
    {
        var line = lines[index].Trim();
        if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
        {
            var (text, end) = ReadDocString(lines, index);
            if (scenario.LastStep == QueryStep)
            {
                scenario.Query = text;
            }

            return end;
        }

        if (line.StartsWith("Examples:", StringComparison.Ordinal))
        {
            scenario.ExamplesStarted = true;
        }
        else if (line.StartsWith('|') && scenario.ExamplesStarted)
        {
            scenario.Examples.Add(SplitRow(line));
        }
        else if (line.StartsWith("Then ", StringComparison.Ordinal) && scenario.Outcome is null)
        {
            scenario.Outcome = line;
        }

        if (line.Length > 0 && !line.StartsWith('|'))
        {
            scenario.LastStep = line;
        }

        return index;
    }

    /// <summary>Doc string content, de-indented by the column of the opening quotes.</summary>
    private static (string Text, int End) ReadDocString(IReadOnlyList<string> lines, int start)
    {
        var indent = lines[start].IndexOf("\"\"\"", StringComparison.Ordinal);
        var body = new List<string>();
        var i = start + 1;
        for (; i < lines.Count && lines[i].Trim() != "\"\"\""; i++)
        {
            body.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
        }

        return (string.Join("\n", body), i);
    }

    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                cell.Append(line[i + 1] switch { '|' => "|", '\\' => "\\", 'n' => "\n", var other => "\\" + other });
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        return cells;
    }

    private static void Flush(string feature, RawScenario? scenario, List<TckScenario> into)
    {
        if (scenario?.Query is null || scenario.Outcome is null)
        {
            return;
        }

        if (scenario.Examples.Count == 0)
        {
            into.Add(new TckScenario(feature, scenario.Title, 0, scenario.Query, scenario.Outcome));
            return;
        }

        var header = scenario.Examples[0];
        for (var row = 1; row < scenario.Examples.Count; row++)
        {
            var values = scenario.Examples[row];
            string Substitute(string text) => header.Select((name, i) => (name, value: values[i]))
                .Aggregate(text, (current, pair) => current.Replace($"<{pair.name}>", pair.value, StringComparison.Ordinal));
            into.Add(new TckScenario(feature, scenario.Title, row, Substitute(scenario.Query), Substitute(scenario.Outcome)));
        }
    }

    private sealed class RawScenario(string title)
    {
        public string Title { get; } = title;

        public string? Query { get; set; }

        public string? Outcome { get; set; }

        public string? LastStep { get; set; }

        public bool ExamplesStarted { get; set; }

        public List<List<string>> Examples { get; } = [];
    }
}
