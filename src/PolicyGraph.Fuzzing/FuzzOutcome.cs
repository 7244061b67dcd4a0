using PolicyGraph.Core.Querying;

namespace PolicyGraph.Fuzzing;

public enum OutcomeKind
{
    Ok,
    SyntaxError,
    SemanticError,
    RuntimeError,
    Timeout,
    BudgetExceeded,

    /// <summary>A runtime error without a line and column: every runtime error must say where.</summary>
    UnpositionedError,

    /// <summary>An exception other than a query error, or an engine failure reported as one (InternalError).</summary>
    Crash,

    /// <summary>The query did not end within the fuzzer's hard limit, far past its timeout.</summary>
    Hung,
}

/// <summary>
/// How one query ended: its kind and, for errors, the code (Category.Detail or exception type) and the error as
/// text (with its position).
/// </summary>
public readonly record struct FuzzOutcome(OutcomeKind Kind, string Code = "", string Message = "")
{
    public static FuzzOutcome Ok { get; } = new(OutcomeKind.Ok);

    /// <summary>The class a report counts: the kind, with the code for runtime errors, budgets and crashes.</summary>
    public string Class => Kind switch
    {
        OutcomeKind.Ok => "ok",
        OutcomeKind.SyntaxError => "syntax error",
        OutcomeKind.SemanticError => $"semantic error {Code}",
        OutcomeKind.Timeout => "timeout",
        OutcomeKind.Hung => "hung (no end within the hard limit)",
        OutcomeKind.RuntimeError => $"runtime error {Code}",
        OutcomeKind.BudgetExceeded => $"budget exceeded {Code}",
        OutcomeKind.UnpositionedError => $"runtime error without position {Code}",
        _ => $"crash {Code}",
    };

    /// <summary>A defect of the engine: the fuzzer's test fails on any of these.</summary>
    public bool IsDefect => Kind is OutcomeKind.Crash or OutcomeKind.UnpositionedError or OutcomeKind.Hung;

    // The lexer's and parser's details; every other compile-time error comes from semantic analysis (scopes, types).
    private static readonly HashSet<string> ParseErrors =
        new(["UnexpectedSyntax", "NestingTooDeep", "InvalidNumberLiteral", "InvalidUnicodeLiteral", "FloatingPointOverflow"], StringComparer.Ordinal);

    public static FuzzOutcome Of(Exception error)
    {
        var (kind, code) = error switch
        {
            CypherException { Category: "InternalError" } cypher => (OutcomeKind.Crash, $"{cypher.Category}.{cypher.Detail}"),
            CypherException { Detail: "QueryTimeout" } => (OutcomeKind.Timeout, ""),
            CypherException { Detail: "MemoryBudgetExceeded" or "ResultBudgetExceeded" or "ValueTooLarge" } cypher => (OutcomeKind.BudgetExceeded, cypher.Detail),
            CypherException { Phase: QueryPhase.CompileTime } cypher when ParseErrors.Contains(cypher.Detail) => (OutcomeKind.SyntaxError, ""),
            CypherException { Phase: QueryPhase.CompileTime } cypher => (OutcomeKind.SemanticError, $"{cypher.Category}.{cypher.Detail}"),
            CypherException { Line: null } cypher => (OutcomeKind.UnpositionedError, $"{cypher.Category}.{cypher.Detail}"),
            CypherException cypher => (OutcomeKind.RuntimeError, $"{cypher.Category}.{cypher.Detail}"),
            _ => (OutcomeKind.Crash, error.GetType().Name),
        };
        return new FuzzOutcome(kind, code, error is CypherException query ? query.ToString() : $"{error.GetType().Name}: {error.Message}");
    }
}
