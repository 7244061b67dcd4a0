using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// Factory for the runtime errors values and expressions raise, with the openCypher TCK's category/detail names.
/// </summary>
public static class CypherErrors
{
    public static CypherException TypeError(string detail, string message) =>
        new("TypeError", detail, QueryPhase.Runtime, message);

    public static CypherException ArgumentError(string detail, string message) =>
        new("ArgumentError", detail, QueryPhase.Runtime, message);

    public static CypherException ArithmeticError(string detail, string message) =>
        new("ArithmeticError", detail, QueryPhase.Runtime, message);

    /// <summary>An operand or function argument of the wrong type: TypeError.InvalidArgumentType.</summary>
    public static CypherException InvalidArgumentType(string operation, object? value) =>
        TypeError("InvalidArgumentType", $"{operation} cannot be applied to a value of type {CypherValues.TypeName(value)}.");

    /// <summary>A function called with a value its signature does not accept: TypeError.InvalidArgumentValue.</summary>
    public static CypherException InvalidArgumentValue(string function, object? value) =>
        TypeError("InvalidArgumentValue", $"{function}() does not accept a value of type {CypherValues.TypeName(value)}.");

    public static CypherException NumberOutOfRange(string message) => ArgumentError("NumberOutOfRange", message);

    public static CypherException IntegerOverflow(string operation) =>
        ArithmeticError("IntegerOverflow", $"Integer overflow in {operation}.");

    public static CypherException DivisionByZero() => ArithmeticError("DivisionByZero", "Division by zero.");

    /// <summary>Attaches the position of the expression or clause that raised a runtime error raised without one.</summary>
    public static CypherException Located(CypherException error, AstNode node) =>
        error.Line is not null || node.Position.Line <= 0
            ? error
            : new CypherException(
                error.Category, error.Detail, error.Phase,
                $"{error.Message} (line {node.Position.Line}, column {node.Position.Column})",
                node.Position.Line, node.Position.Column, error.StatusCode, error.IsTransient, error);

    /// <summary>
    /// A failure that is not a query error (an engine defect, or .NET refusing an allocation) as a query error, so the
    /// caller sees one exception type; the category tells it apart for fuzzing and reports.
    /// </summary>
    public static CypherException Internal(Exception error) =>
        new("InternalError", error.GetType().Name, QueryPhase.Runtime,
            $"The engine failed on this query ({error.GetType().Name}: {error.Message}).",
            statusCode: "Neo.DatabaseError.Statement.ExecutionFailed", inner: error);
}
