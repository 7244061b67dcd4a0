using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Parsing;

/// <summary>
/// A relationship has exactly one type, so any type expression is decided by which of the names it mentions the
/// type equals, or none of them: it allows either a finite set of those names or every type but a finite set.
/// </summary>
internal static class RelationshipTypeSets
{
    /// <summary>Allowed by an expression no type satisfies (<c>:A&amp;B</c>): a name no query can give a relationship.</summary>
    public const string NoType = "\u0000";

    /// <summary>(allowed, excluded): allowed empty with excluded non-null means "any type but these".</summary>
    public static (List<string> Allowed, List<string>? Excluded) Resolve(LabelExpression expression)
    {
        var names = Names(expression).Distinct(StringComparer.Ordinal).ToList();
        var otherAllowed = Holds(expression, type: null);
        if (otherAllowed)
        {
            return ([], names.Where(name => !Holds(expression, name)).ToList());
        }

        var allowed = names.Where(name => Holds(expression, name)).ToList();
        return allowed.Count > 0 ? (allowed, null) : ([NoType], null);
    }

    /// <summary>Whether the expression holds for a relationship of <paramref name="type"/> (null: a type it does not name).</summary>
    private static bool Holds(LabelExpression expression, string? type) => expression switch
    {
        LabelName name => name.Name == type,
        AnyLabel => true,
        LabelNegation negation => !Holds(negation.Operand, type),
        LabelConjunction both => Holds(both.Left, type) && Holds(both.Right, type),
        LabelDisjunction either => Holds(either.Left, type) || Holds(either.Right, type),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name),
    };

    private static IEnumerable<string> Names(LabelExpression expression) => expression switch
    {
        LabelName name => [name.Name],
        LabelNegation negation => Names(negation.Operand),
        LabelConjunction both => Names(both.Left).Concat(Names(both.Right)),
        LabelDisjunction either => Names(either.Left).Concat(Names(either.Right)),
        _ => [],
    };
}
