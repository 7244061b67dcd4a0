namespace PolicyGraph.Cypher.Semantics;

public enum TypeKind
{
    Any,
    Null,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,

    /// <summary>Dates, times, durations and points: values the analyser does not check further.</summary>
    Other,
}

/// <summary>
/// The static type the analyser knows for an expression. <see cref="TypeKind.Any"/> means "unknown" and is
/// accepted everywhere; only values whose type is certain (literals, pattern variables) are ever rejected.
/// </summary>
public sealed record CypherType(TypeKind Kind, CypherType? Element = null)
{
    public static CypherType Any { get; } = new(TypeKind.Any);

    public static CypherType Null { get; } = new(TypeKind.Null);

    public static CypherType Boolean { get; } = new(TypeKind.Boolean);

    public static CypherType Integer { get; } = new(TypeKind.Integer);

    public static CypherType Float { get; } = new(TypeKind.Float);

    public static CypherType String { get; } = new(TypeKind.String);

    public static CypherType Map { get; } = new(TypeKind.Map);

    public static CypherType Node { get; } = new(TypeKind.Node);

    public static CypherType Relationship { get; } = new(TypeKind.Relationship);

    public static CypherType Path { get; } = new(TypeKind.Path);

    public static CypherType Other { get; } = new(TypeKind.Other);

    public static CypherType ListOf(CypherType element) => new(TypeKind.List, element);

    public bool IsUnknown => Kind is TypeKind.Any or TypeKind.Null;

    /// <summary>True when a value of this type may be one of <paramref name="allowed"/> (unknown always may).</summary>
    public bool Fits(IReadOnlyCollection<TypeKind> allowed) => IsUnknown || allowed.Contains(Kind);

    /// <summary>The common type of two values, e.g. of the elements of a list literal.</summary>
    public static CypherType Join(CypherType left, CypherType right)
    {
        if (left.Kind == TypeKind.Null)
        {
            return right;
        }

        if (right.Kind == TypeKind.Null || left == right)
        {
            return left;
        }

        return left.Kind == right.Kind && left.Kind == TypeKind.List ? ListOf(Any) : Any;
    }

    public override string ToString() => Kind == TypeKind.List ? $"List<{Element ?? Any}>" : Kind.ToString();
}
