using System.Text.RegularExpressions;
using PolicyGraph.Core.Querying;
using PolicyGraph.Testing.Tck;
using PolicyGraph.Tck.Tests.Values;

namespace PolicyGraph.Tck.Tests.Execution;

/// <summary>
/// Runs one concrete scenario on a fresh backend, step by step, and throws <see cref="TckScenarioException"/> at
/// the first step whose expectation is not met. Steps are matched on their text, never on their keyword.
/// </summary>
public sealed partial class ScenarioRunner(Func<IGraphBackend> createBackend, string tckDirectory, TimeSpan queryTimeout)
{
    private const string ProcedureStep = "there exists a procedure";

    public async Task RunAsync(TckScenario scenario, CancellationToken cancellationToken)
    {
        await using var backend = createBackend();
        var state = new ScenarioState(backend, new QueryOptions(Timeout: queryTimeout), cancellationToken);
        foreach (var step in scenario.Steps)
        {
            try
            {
                await ExecuteAsync(state, step);
            }
            catch (Exception ex) when (ex is TckScenarioException or FormatException)
            {
                // FormatException: a table cell of this step is not valid TCK value notation.
                throw new TckScenarioException(
                    $"{scenario.RelativePath}:{step.Line} ({step.Keyword} {step.Text})\n{ex.Message}", ex.InnerException ?? ex);
            }
        }
        if (state.Outcome is { Checked: false })
            throw new TckScenarioException($"{scenario.RelativePath}: the query's outcome was never checked.");
    }

    private async Task ExecuteAsync(ScenarioState state, Step step)
    {
        switch (step.Text)
        {
            case "an empty graph" or "any graph":
                return;
            case "having executed:":
                await RunSetupAsync(state, Require(step.DocString, step));
                return;
            case "parameters are:":
                AddParameters(state, Require(step.Table, step));
                return;
            case "executing query:":
                state.Before = await GraphSnapshot.TakeAsync(state.Backend, state.Cancellation);
                state.Outcome = await RunQueryAsync(state, Require(step.DocString, step));
                return;
            case "executing control query:":
                state.Outcome = await RunQueryAsync(state, Require(step.DocString, step));
                return;
            case "no side effects":
                await CheckSideEffectsAsync(state, SideEffects.None);
                return;
            case "the side effects should be:":
                await CheckSideEffectsAsync(state, SideEffects.FromTable(Require(step.Table, step)));
                return;
        }
        await ExecuteParameterisedStepAsync(state, step);
    }

    private async Task ExecuteParameterisedStepAsync(ScenarioState state, Step step)
    {
        if (GraphStep().Match(step.Text) is { Success: true } graph)
            await NamedGraphs.LoadAsync(state.Backend, tckDirectory, graph.Groups[1].Value, state.Cancellation);
        else if (step.Text.StartsWith(ProcedureStep, StringComparison.Ordinal))
            TckBackend.RegisterProcedure(state.Backend, step.Text[ProcedureStep.Length..].Trim(), Require(step.Table, step));
        else if (ErrorExpectation.TryParse(step.Text, out var error))
            CheckError(state, error);
        else if (ResultStep(step, out var expectation))
            CheckResult(state, expectation);
        else
            throw new TckScenarioException($"Unknown step '{step.Text}'.");
    }

    private static bool ResultStep(Step step, out ResultExpectation expectation)
    {
        expectation = step.Text switch
        {
            "the result should be empty" => ResultExpectation.Empty,
            "the result should be, in any order:" => FromTable(step, ordered: false, ignoreListOrder: false),
            "the result should be, in order:" => FromTable(step, ordered: true, ignoreListOrder: false),
            "the result should be (ignoring element order for lists):" => FromTable(step, false, true),
            "the result should be, in order (ignoring element order for lists):" => FromTable(step, true, true),
            _ => null!,
        };
        return expectation is not null;
    }

    private static ResultExpectation FromTable(Step step, bool ordered, bool ignoreListOrder) =>
        ResultExpectation.FromTable(Require(step.Table, step), ordered, ignoreListOrder);

    private static void AddParameters(ScenarioState state, DataTable table)
    {
        foreach (var row in table.Rows)
        {
            if (row.Count != 2) throw new TckScenarioException($"Parameter row has {row.Count} cells, not 2.");
            state.Parameters[row[0]] = ValueConversion.ToParameter(TckValueParser.Parse(row[1]));
        }
    }

    private static T Require<T>(T? value, Step step) where T : class =>
        value ?? throw new TckScenarioException($"Step '{step.Text}' needs a doc string or table.");

    [GeneratedRegex(@"^the ([\w-]+) graph$")]
    private static partial Regex GraphStep();
}
