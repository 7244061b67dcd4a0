using System.Text;

namespace PolicyGraph.Tck.Tests.Gherkin;

/// <summary>
/// Parses the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario, Scenario Outline with one
/// Examples table, tags, doc strings (de-indented to the opening quotes) and data tables with Gherkin's cell escapes.
/// </summary>
public sealed class FeatureParser
{
    private static readonly string[] StepKeywords = ["Given", "When", "Then", "And", "But", "*"];

    private readonly string _file;
    private readonly string[] _lines;
    private readonly List<string> _pendingTags = [];
    private readonly List<Step> _background = [];
    private readonly List<ScenarioBuilder> _scenarios = [];
    private List<Step>? _currentSteps;
    private List<IReadOnlyList<string>>? _currentExamples;
    private string? _title;
    private int _index;

    private FeatureParser(string file, string text)
    {
        _file = file;
        _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    public static FeatureFile Parse(string relativePath, string text) => new FeatureParser(relativePath, text).Run();

    private FeatureFile Run()
    {
        for (_index = 0; _index < _lines.Length; _index++)
        {
            var trimmed = _lines[_index].Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            ParseLine(trimmed);
        }
        if (_title is null) throw Error(1, "no 'Feature:' line");
        var scenarios = _scenarios.Select(s => s.Build()).ToArray();
        return new FeatureFile(_file, _title, _background.ToArray(), scenarios);
    }

    private void ParseLine(string trimmed)
    {
        if (trimmed.StartsWith('@')) _pendingTags.AddRange(trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        else if (TryKeyword(trimmed, "Feature:", out var feature)) _title = feature;
        else if (TryKeyword(trimmed, "Background:", out _)) StartSection(_background, examples: null);
        else if (TryKeyword(trimmed, "Scenario Outline:", out var outline)) StartScenario(outline);
        else if (TryKeyword(trimmed, "Scenario:", out var scenario)) StartScenario(scenario);
        else if (TryKeyword(trimmed, "Examples:", out _)) StartExamples();
        else if (trimmed.StartsWith("\"\"\"", StringComparison.Ordinal)) AttachDocString();
        else if (trimmed.StartsWith('|')) AttachTableRow(trimmed);
        else AddStep(trimmed);
    }

    private static bool TryKeyword(string line, string keyword, out string rest)
    {
        rest = line.StartsWith(keyword, StringComparison.Ordinal) ? line[keyword.Length..].Trim() : "";
        return line.StartsWith(keyword, StringComparison.Ordinal);
    }

    private void StartSection(List<Step> steps, List<IReadOnlyList<string>>? examples)
    {
        _currentSteps = steps;
        _currentExamples = examples;
    }

    private void StartScenario(string title)
    {
        var builder = new ScenarioBuilder(title, _index + 1, _pendingTags.ToArray());
        _pendingTags.Clear();
        _scenarios.Add(builder);
        StartSection(builder.Steps, examples: null);
    }

    private void StartExamples()
    {
        var scenario = _scenarios.LastOrDefault() ?? throw Error(_index + 1, "'Examples:' outside a scenario outline");
        scenario.Examples = [];
        _currentExamples = scenario.Examples;
    }

    private void AddStep(string trimmed)
    {
        var keyword = StepKeywords.FirstOrDefault(k => trimmed.StartsWith(k + " ", StringComparison.Ordinal))
            ?? throw Error(_index + 1, $"unexpected line '{trimmed}'");
        if (_currentSteps is null) throw Error(_index + 1, "step outside a scenario or background");
        _currentSteps.Add(new Step(keyword, trimmed[(keyword.Length + 1)..].Trim(), _index + 1));
        _currentExamples = null;
    }

    private void AttachDocString()
    {
        var opening = _index + 1;
        var indent = _lines[_index].IndexOf("\"\"\"", StringComparison.Ordinal);
        var content = new List<string>();
        for (_index++; _index < _lines.Length && _lines[_index].Trim() != "\"\"\""; _index++)
        {
            var line = _lines[_index];
            var cut = Math.Min(indent, line.Length - line.TrimStart().Length);
            content.Add(line[cut..]);
        }
        if (_index >= _lines.Length) throw Error(opening, "doc string is not closed");
        ReplaceLastStep(opening, step => step with { DocString = string.Join("\n", content) });
    }

    private void AttachTableRow(string trimmed)
    {
        var row = SplitRow(trimmed);
        if (_currentExamples is not null)
        {
            _currentExamples.Add(row);
            return;
        }
        ReplaceLastStep(_index + 1, step =>
            step with { Table = new DataTable([.. step.Table?.Rows ?? [], row]) });
    }

    private void ReplaceLastStep(int line, Func<Step, Step> change)
    {
        if (_currentSteps is not { Count: > 0 }) throw Error(line, "doc string or table without a step");
        _currentSteps[^1] = change(_currentSteps[^1]);
    }

    /// <summary>Splits "| a | b\|c |" into trimmed cells, applying Gherkin's \|, \\ and \n escapes.</summary>
    public static IReadOnlyList<string> SplitRow(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length && row[i + 1] is '|' or '\\' or 'n')
            {
                cell.Append(row[++i] == 'n' ? '\n' : row[i]);
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        return cells;
    }

    private GherkinFormatException Error(int line, string message) => new(_file, line, message);

    private sealed class ScenarioBuilder(string title, int line, IReadOnlyList<string> tags)
    {
        public List<Step> Steps { get; } = [];

        public List<IReadOnlyList<string>>? Examples { get; set; }

        public ScenarioDefinition Build() =>
            new(title, line, tags, Steps.ToArray(), Examples is null ? null : new DataTable(Examples.ToArray()));
    }
}
