using PolicyGraph.Core.Querying;

namespace PolicyGraph.Tck.Tests.Execution;

public sealed partial class ScenarioRunner
{
    private static async Task RunSetupAsync(ScenarioState state, string query)
    {
        try
        {
            await state.Backend.RunAsync(query, state.Parameters, state.Options, state.Cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new TckScenarioException($"Setup query failed: {ex.GetType().Name}: {ex.Message}\n{query}", ex);
        }
    }

    private static async Task<QueryOutcome> RunQueryAsync(ScenarioState state, string query)
    {
        try
        {
            return new QueryOutcome(query, await state.Backend.RunAsync(query, state.Parameters, state.Options, state.Cancellation), null);
        }
        catch (CypherException ex)
        {
            return new QueryOutcome(query, null, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new TckScenarioException(
                $"The engine threw {ex.GetType().FullName} instead of a result or a CypherException: {ex.Message}\n" +
                $"{query}\n{ex.StackTrace}", ex);
        }
    }

    private static void CheckResult(ScenarioState state, ResultExpectation expectation)
    {
        var outcome = state.RequireOutcome();
        outcome.Checked = true;
        if (outcome.Error is { } error)
            throw new TckScenarioException($"Expected a result, but the query failed: {error}\n{outcome.Query}");
        if (expectation.Mismatch(outcome.Result!) is { } mismatch)
            throw new TckScenarioException($"{mismatch}\n{outcome.Query}");
    }

    private static void CheckError(ScenarioState state, ErrorExpectation expectation)
    {
        var outcome = state.RequireOutcome();
        outcome.Checked = true;
        if (outcome.Error is null)
        {
            throw new TckScenarioException(
                $"Expected {expectation}, but the query returned {outcome.Result!.Rows.Count} row(s).\n{outcome.Query}");
        }
        if (expectation.Mismatch(outcome.Error) is { } mismatch)
            throw new TckScenarioException($"{mismatch}\n{outcome.Query}");
    }

    private static async Task CheckSideEffectsAsync(ScenarioState state, SideEffects expected)
    {
        var before = state.Before ?? throw new TckScenarioException("Side effects checked before any query ran.");
        var after = await GraphSnapshot.TakeAsync(state.Backend, state.Cancellation);
        var actual = GraphSnapshot.Difference(before, after);
        if (actual != expected)
            throw new TckScenarioException($"Side effects differ.\nExpected: {expected}\nActual:   {actual}");
    }

    /// <summary>What the scenario has done so far.</summary>
    private sealed class ScenarioState(IGraphBackend backend, QueryOptions options, CancellationToken cancellation)
    {
        public IGraphBackend Backend { get; } = backend;

        public QueryOptions Options { get; } = options;

        public CancellationToken Cancellation { get; } = cancellation;

        public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

        public GraphSnapshot? Before { get; set; }

        public QueryOutcome? Outcome { get; set; }

        public QueryOutcome RequireOutcome() =>
            Outcome ?? throw new TckScenarioException("A result was checked before any query ran.");
    }

    /// <summary>The result or error of the query under test (or the control query).</summary>
    private sealed class QueryOutcome(string query, QueryResult? result, CypherException? error)
    {
        public string Query { get; } = query;

        public QueryResult? Result { get; } = result;

        public CypherException? Error { get; } = error;

        public bool Checked { get; set; }
    }
}
