namespace PolicyGraph.Cypher.Ast;

public abstract record Expression : AstNode;

public abstract record Literal : Expression;

public sealed record IntegerLiteral(long Value) : Literal;

public sealed record FloatLiteral(double Value) : Literal;

public sealed record StringLiteral(string Value) : Literal;

public sealed record BooleanLiteral(bool Value) : Literal;

public sealed record NullLiteral : Literal;

public sealed record ListLiteral(AstList<Expression> Items) : Expression;

/// <summary>{k: v, ...}; entries keep their written order.</summary>
public sealed record MapLiteral(AstList<MapEntry> Entries) : Expression;

public sealed record MapEntry(string Key, Expression Value) : AstNode;

/// <summary>$name or $0 (Name is "0").</summary>
public sealed record Parameter(string Name) : Expression;

public sealed record Variable(string Name) : Expression;

/// <summary>subject.key</summary>
public sealed record PropertyLookup(Expression Subject, string Key) : Expression;

/// <summary>subject[index]: list element or dynamic map/property key.</summary>
public sealed record IndexExpression(Expression Subject, Expression Index) : Expression;

/// <summary>subject[from..to]; either bound may be missing.</summary>
public sealed record SliceExpression(Expression Subject, Expression? From, Expression? To) : Expression;

public enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    StartsWith,
    EndsWith,
    Contains,
    In,
    RegexMatch,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,

    /// <summary>a || b: string or list concatenation (Neo4j 5, GQL).</summary>
    Concatenate,
}

/// <summary>
/// Any two-operand operator. A comparison chain <c>a &lt; b &lt;= c</c> is parsed as
/// <c>(a &lt; b) AND (b &lt;= c)</c>, as openCypher defines it.
/// </summary>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression;

public enum UnaryOperator
{
    Not,
    Minus,
    Plus,
    IsNull,
    IsNotNull,
}

public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression;

/// <summary>n:A:B — true when the node has all the labels (or the relationship has the type).</summary>
public sealed record LabelPredicate(Expression Subject, AstList<string> Labels) : Expression
{
    /// <summary>A label expression other than a plain conjunction (<c>n:A|B</c>, <c>n:!A</c>); <see cref="Labels"/> is then empty.</summary>
    public LabelExpression? LabelExpression { get; init; }
}

/// <summary>CASE [Test] WHEN ... THEN ... [ELSE ...] END; <see cref="Test"/> is null for the generic form.</summary>
public sealed record CaseExpression(Expression? Test, AstList<CaseAlternative> Alternatives, Expression? Else) : Expression;

public sealed record CaseAlternative(Expression When, Expression Then) : AstNode;

/// <summary>name(args) — <see cref="Name"/> includes any namespace, e.g. "db.labels" (as written).</summary>
public sealed record FunctionCall(string Name, bool Distinct, AstList<Expression> Arguments) : Expression;

/// <summary>count(*)</summary>
public sealed record CountStar : Expression;

/// <summary>[x IN source WHERE predicate | projection]</summary>
public sealed record ListComprehension(Variable Variable, Expression Source, Expression? Where, Expression? Projection)
    : Expression;

/// <summary>[p = (a)-->(b) WHERE predicate | projection]</summary>
public sealed record PatternComprehension(
    Variable? PathVariable,
    PatternElement Pattern,
    Expression? Where,
    Expression Projection) : Expression;

public enum QuantifierKind
{
    All,
    Any,
    None,
    Single,
}

/// <summary>all/any/none/single(x IN source WHERE predicate)</summary>
public sealed record Quantifier(QuantifierKind Kind, Variable Variable, Expression Source, Expression? Where)
    : Expression;

/// <summary>A relationship pattern used as a boolean, e.g. WHERE (a)-->(b).</summary>
public sealed record PatternPredicate(PatternElement Pattern) : Expression;

/// <summary>
/// EXISTS { ... }. The short form <c>EXISTS { (a)-->(b) WHERE p }</c> is parsed as the subquery
/// <c>MATCH (a)-->(b) WHERE p</c>, so <see cref="Query"/> is always a query.
/// </summary>
public sealed record ExistsSubquery(Query Query) : Expression;

/// <summary>COUNT { ... }: how many rows the subquery yields; the short form <c>COUNT { (a)-->(b) WHERE p }</c> counts matches.</summary>
public sealed record CountSubquery(Query Query) : Expression;

/// <summary>COLLECT { ... RETURN x }: the values of the subquery's single column, in order, as a list.</summary>
public sealed record CollectSubquery(Query Query) : Expression;

/// <summary>n{.a, b: 1, .*, x}</summary>
public sealed record MapProjection(Variable Subject, AstList<MapProjectionItem> Items) : Expression;

public abstract record MapProjectionItem : AstNode;

/// <summary>.key — the subject's property.</summary>
public sealed record PropertySelector(string Key) : MapProjectionItem;

/// <summary>key: expression</summary>
public sealed record LiteralEntry(string Key, Expression Value) : MapProjectionItem;

/// <summary>x — the variable's value under its own name.</summary>
public sealed record VariableSelector(Variable Variable) : MapProjectionItem;

/// <summary>.* — all the subject's properties.</summary>
public sealed record AllPropertiesSelector : MapProjectionItem;

/// <summary>reduce(accumulator = init, variable IN source | expression)</summary>
public sealed record Reduce(
    Variable Accumulator,
    Expression Init,
    Variable Variable,
    Expression Source,
    Expression Expression) : Expression;
