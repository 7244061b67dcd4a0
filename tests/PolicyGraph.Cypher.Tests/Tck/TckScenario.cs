namespace PolicyGraph.Cypher.Tests.Tck;

/// <summary>
/// One concrete TCK scenario, reduced to what the front end needs: the query under test and the expected
/// outcome line ("Then a SyntaxError should be raised at compile time: UndefinedVariable", or a result step).
/// </summary>
public sealed record TckScenario(string Feature, string Title, int ExampleRow, string Query, string Outcome)
{
    public bool ExpectsCompileError => Outcome.Contains("should be raised at compile time", StringComparison.Ordinal);

    public bool ExpectsRuntimeError => Outcome.Contains("should be raised at runtime", StringComparison.Ordinal);

    /// <summary>"SyntaxError" from "Then a SyntaxError should be raised at ...".</summary>
    public string ErrorCategory => Outcome.Split(' ')[2];

    public string ErrorDetail => Outcome[(Outcome.LastIndexOf(':') + 1)..].Trim();

    public override string ToString() => $"{Feature} / {Title}{(ExampleRow > 0 ? $" / example {ExampleRow}" : "")}";
}
