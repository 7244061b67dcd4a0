using System.Text.RegularExpressions;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Neo4j.Http;

/// <summary>
/// Turns a Query API error entry (<c>{"code": "Neo.ClientError...", "message": "..."}</c>) into the shared
/// <see cref="CypherException"/>: Neo4j's code goes to <see cref="CypherException.StatusCode"/>, the position
/// Neo4j writes into syntax messages ("line 1, column 8") to Line/Column.
/// </summary>
internal static partial class Neo4jErrors
{
    public const string TransientPrefix = "Neo.TransientError.";
    public const string UnauthorizedCode = "Neo.ClientError.Security.Unauthorized";

    public static bool IsTransient(string code) => code.StartsWith(TransientPrefix, StringComparison.Ordinal);

    public static CypherException ToException(string code, string message, bool forceTransient = false)
    {
        var (line, column) = FindPosition(message);
        var (category, phase) = Classify(code);
        return new CypherException(
            category,
            LastSegment(code),
            phase,
            $"{code}: {message}",
            line,
            column,
            statusCode: code,
            isTransient: forceTransient || IsTransient(code));
    }

    /// <summary>For HTTP failures that carry no Neo4j error body (proxies, gateways, a server still starting).</summary>
    public static CypherException HttpFailure(int status, string reason, bool transient) => new(
        transient ? "TransientError" : "ConnectionError",
        $"Http{status}",
        QueryPhase.Runtime,
        $"Neo4j answered HTTP {status} {reason} without an error body.",
        isTransient: transient);

    private static (string Category, QueryPhase Phase) Classify(string code)
    {
        if (IsTransient(code)) return ("TransientError", QueryPhase.Runtime);
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal)) return ("SecurityError", QueryPhase.Runtime);
        return code switch
        {
            "Neo.ClientError.Statement.SyntaxError" => ("SyntaxError", QueryPhase.CompileTime),
            "Neo.ClientError.Statement.SemanticError" => ("SemanticError", QueryPhase.CompileTime),
            "Neo.ClientError.Statement.ParameterMissing" => ("ParameterMissing", QueryPhase.CompileTime),
            "Neo.ClientError.Statement.TypeError" => ("TypeError", QueryPhase.Runtime),
            "Neo.ClientError.Statement.ArgumentError" => ("ArgumentError", QueryPhase.Runtime),
            "Neo.ClientError.Statement.EntityNotFound" => ("EntityNotFound", QueryPhase.Runtime),
            "Neo.ClientError.Statement.AccessMode" => ("AccessModeError", QueryPhase.Runtime),
            _ when code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal) => ("ConstraintError", QueryPhase.Runtime),
            _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => ("DatabaseError", QueryPhase.Runtime),
            _ => ("ClientError", QueryPhase.Runtime),
        };
    }

    private static string LastSegment(string code)
    {
        var dot = code.LastIndexOf('.');
        return dot < 0 ? code : code[(dot + 1)..];
    }

    private static (int? Line, int? Column) FindPosition(string message)
    {
        var match = PositionPattern().Match(message);
        return match.Success
            && int.TryParse(match.Groups[1].ValueSpan, out var line)
            && int.TryParse(match.Groups[2].ValueSpan, out var column)
            ? (line, column)
            : (null, null);
    }

    // The message is server text that may quote the query; linear-time matching whatever it holds.
    [GeneratedRegex(@"\(line (\d{1,9}), column (\d{1,9})", RegexOptions.NonBacktracking)]
    private static partial Regex PositionPattern();
}
