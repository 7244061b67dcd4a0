using Gherkin;
using Ast = Gherkin.Ast;

namespace PolicyGraph.Testing.Tck;

/// <summary>
/// Reads a .feature file with Cucumber's Gherkin parser (the Gherkin package) into the model the TCK tests use:
/// Background and Scenario steps with their doc strings (de-indented to the opening quotes) and data tables
/// (cells trimmed and unescaped), tags, and Examples tables. Linked into every test project that reads the TCK.
/// </summary>
public static class FeatureReader
{
    /// <exception cref="GherkinFormatException">The text is not valid Gherkin; names the file and line.</exception>
    public static FeatureFile Parse(string relativePath, string text)
    {
        Ast.GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException ex) when (ex.Errors.FirstOrDefault() is { } first)
        {
            throw new GherkinFormatException(relativePath, first.Location?.Line ?? 1, first.Message);
        }
        catch (ParserException ex)
        {
            throw new GherkinFormatException(relativePath, ex.Location?.Line ?? 1, ex.Message);
        }
        var feature = document.Feature ?? throw new GherkinFormatException(relativePath, 1, "no 'Feature:' line");
        if (feature.Children.OfType<Ast.Rule>().FirstOrDefault() is { } rule)
            throw new GherkinFormatException(relativePath, rule.Location.Line, "'Rule:' is not used by the TCK and not supported here");
        var background = feature.Children.OfType<Ast.Background>().SelectMany(b => b.Steps).Select(ToStep).ToArray();
        var scenarios = feature.Children.OfType<Ast.Scenario>().Select(ToScenario).ToArray();
        return new FeatureFile(relativePath, feature.Name.Trim(), background, scenarios);
    }

    private static ScenarioDefinition ToScenario(Ast.Scenario scenario) => new(
        scenario.Name.Trim(),
        scenario.Location.Line,
        scenario.Tags.Select(tag => tag.Name).ToArray(),
        scenario.Steps.Select(ToStep).ToArray(),
        scenario.Examples.Select(ToTable).ToArray());

    private static Step ToStep(Ast.Step step) => new(
        step.Keyword.Trim(),
        step.Text.Trim(),
        step.Location.Line,
        step.DocString?.Content,
        step.DataTable is null ? null : new DataTable(step.DataTable.Rows.Select(Cells).ToArray()));

    /// <summary>An Examples table as one data table, header row first.</summary>
    private static DataTable ToTable(Ast.Examples examples) =>
        new(examples.TableHeader is null ? [] : [Cells(examples.TableHeader), .. examples.TableBody.Select(Cells)]);

    private static IReadOnlyList<string> Cells(Ast.TableRow row) => row.Cells.Select(cell => cell.Value).ToArray();
}
