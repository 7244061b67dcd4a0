namespace PolicyGraph.Embedded.Values;

/// <summary>
/// Three-valued boolean logic (AND, OR, XOR, NOT) over true / false / null.
/// Any other operand type is a TypeError.InvalidArgumentType.
/// </summary>
public static class CypherLogic
{
    public static bool? And(object? left, object? right)
    {
        var a = AsTruth(left, "AND");
        var b = AsTruth(right, "AND");
        if (a == false || b == false) return false;
        return a is null || b is null ? null : true;
    }

    public static bool? Or(object? left, object? right)
    {
        var a = AsTruth(left, "OR");
        var b = AsTruth(right, "OR");
        if (a == true || b == true) return true;
        return a is null || b is null ? null : false;
    }

    public static bool? Xor(object? left, object? right)
    {
        var a = AsTruth(left, "XOR");
        var b = AsTruth(right, "XOR");
        return a is null || b is null ? null : a != b;
    }

    public static bool? Not(object? operand) => AsTruth(operand, "NOT") is { } truth ? !truth : null;

    /// <summary>The operand as a truth value, or a TypeError when it is neither boolean nor null.</summary>
    public static bool? AsTruth(object? value, string operation) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherErrors.InvalidArgumentType(operation, value),
    };

    /// <summary>WHERE semantics: only true passes; null and false filter the row out.</summary>
    public static bool IsTrue(object? value, string clause = "WHERE") => AsTruth(value, clause) == true;
}
