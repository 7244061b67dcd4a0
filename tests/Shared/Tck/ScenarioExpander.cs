namespace PolicyGraph.Testing.Tck;

/// <summary>Turns a feature file into concrete scenarios: Background first, one scenario per Examples row.</summary>
public static class ScenarioExpander
{
    public static IEnumerable<TckScenario> Expand(FeatureFile feature)
    {
        foreach (var definition in feature.Scenarios)
        {
            var steps = feature.Background.Concat(definition.Steps).ToArray();
            if (definition.Examples.Count == 0)
            {
                yield return new TckScenario(feature.RelativePath, feature.ShortName, definition.Title, null,
                    definition.Tags, steps);
                continue;
            }
            foreach (var (row, number) in ExampleRows(feature, definition))
            {
                yield return new TckScenario(feature.RelativePath, feature.ShortName, definition.Title, number,
                    definition.Tags, steps.Select(step => Substitute(step, row)).ToArray());
            }
        }
    }

    /// <summary>The rows of every Examples table as placeholder values, numbered from 1 across the tables.</summary>
    private static IEnumerable<(IReadOnlyDictionary<string, string> Row, int Number)> ExampleRows(
        FeatureFile feature, ScenarioDefinition definition)
    {
        var number = 0;
        foreach (var table in definition.Examples)
        {
            if (table.Rows.Count == 0)
                throw new GherkinFormatException(feature.RelativePath, definition.Line, "Examples table has no header");
            var header = table.Rows[0];
            foreach (var row in table.Rows.Skip(1))
            {
                var values = header.Select((name, column) => (name, value: row[column]))
                    .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal);
                yield return (values, ++number);
            }
        }
    }

    private static Step Substitute(Step step, IReadOnlyDictionary<string, string> row)
    {
        string Apply(string text)
        {
            foreach (var (name, value) in row)
                text = text.Replace($"<{name}>", value, StringComparison.Ordinal);
            return text;
        }

        return step with
        {
            Text = Apply(step.Text),
            DocString = step.DocString is null ? null : Apply(step.DocString),
            Table = step.Table?.Map(Apply),
        };
    }
}
