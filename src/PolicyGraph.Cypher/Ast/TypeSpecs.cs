namespace PolicyGraph.Cypher.Ast;

/// <summary>
/// A Neo4j 5 value type as written after <c>::</c> or <c>IS TYPED</c>: a named type, a <c>LIST&lt;T&gt;</c> or a
/// union (<c>INTEGER | FLOAT</c>, <c>ANY&lt;…&gt;</c>). Every type admits null unless <see cref="NotNull"/>.
/// </summary>
public abstract record TypeSpec : AstNode
{
    public bool NotNull { get; init; }
}

/// <summary>
/// A named type by its canonical name: BOOLEAN, STRING, INTEGER, FLOAT, DATE, LOCAL TIME, ZONED TIME,
/// LOCAL DATETIME, ZONED DATETIME, DURATION, POINT, NODE, RELATIONSHIP, MAP, PATH, ANY, NOTHING, NULL, PROPERTY VALUE.
/// </summary>
public sealed record NamedTypeSpec(string Name) : TypeSpec;

public sealed record ListTypeSpec(TypeSpec Element) : TypeSpec;

public sealed record UnionTypeSpec(AstList<TypeSpec> Alternatives) : TypeSpec;

/// <summary><c>x IS [NOT] [NFC|NFD|NFKC|NFKD] NORMALIZED</c>; <see cref="Form"/> is the form's name (NFC when none is written).</summary>
public sealed record NormalizationPredicate(Expression Operand, string Form, bool Negated) : Expression;

/// <summary><c>x IS [NOT] :: TYPE</c>, <c>x :: TYPE</c>, <c>x IS [NOT] TYPED TYPE</c>.</summary>
public sealed record TypePredicate(Expression Operand, TypeSpec Type, bool Negated) : Expression;
