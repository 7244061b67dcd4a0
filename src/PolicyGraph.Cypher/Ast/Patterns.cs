namespace PolicyGraph.Cypher.Ast;

/// <summary>oC_Pattern: comma-separated parts.</summary>
public sealed record Pattern(AstList<PatternPart> Parts) : AstNode;

public enum ShortestPathKind
{
    None,
    Shortest,
    AllShortest,
}

/// <summary>oC_PatternPart: optionally named (<c>p = ...</c>), optionally wrapped in shortestPath/allShortestPaths.</summary>
public sealed record PatternPart(Variable? PathVariable, PatternElement Element, ShortestPathKind Shortest) : AstNode
{
    /// <summary>A Neo4j 5 path selector before the path (<c>SHORTEST 2</c>, <c>ALL SHORTEST</c>, <c>ANY</c>), or null.</summary>
    public PathSelector? Selector { get; init; }

    /// <summary>
    /// The WHERE of a parenthesised path (<c>SHORTEST 1 ((a)--+(b) WHERE …)</c>) and, on a selective path, the inline
    /// WHEREs of its nodes and relationships: checked before the selector chooses paths, unlike the clause's WHERE.
    /// </summary>
    public Expression? Where { get; init; }
}

public enum PathSelectorKind
{
    /// <summary>SHORTEST k (ANY SHORTEST is SHORTEST 1): the k shortest paths of each start and end pair.</summary>
    Shortest,

    /// <summary>ALL SHORTEST: every path of the shortest length of each pair.</summary>
    AllShortest,

    /// <summary>SHORTEST k GROUPS: every path of the k shortest lengths of each pair.</summary>
    ShortestGroups,

    /// <summary>ANY k: any k paths of each pair.</summary>
    Any,
}

/// <summary>A GQL path selector; <see cref="Count"/> is k (1 for ANY, ANY SHORTEST and ALL SHORTEST).</summary>
public sealed record PathSelector(PathSelectorKind Kind, long Count) : AstNode;

/// <summary>oC_PatternElement: a node followed by (relationship, node) steps.</summary>
public sealed record PatternElement(NodePattern Start, AstList<PatternElementChain> Chains) : AstNode;

/// <summary>oC_PatternElementChain: one relationship and the node it leads to.</summary>
public sealed record PatternElementChain(RelationshipPattern Relationship, NodePattern Node) : AstNode;

/// <summary>
/// (v:A:B {props}) — <see cref="Properties"/> is a <see cref="MapLiteral"/> or a <see cref="Parameter"/>. Labels
/// written as a plain conjunction (<c>:A:B</c>, <c>:A&amp;B</c>) are in <see cref="Labels"/>; any other label
/// expression (<c>:A|B</c>, <c>:!A</c>, <c>:%</c>) is in <see cref="LabelExpression"/> and <see cref="Labels"/> is empty.
/// </summary>
public sealed record NodePattern(Variable? Variable, AstList<string> Labels, Expression? Properties) : AstNode
{
    public LabelExpression? LabelExpression { get; init; }

    /// <summary>A <c>WHERE</c> inside the parentheses (<c>(n:Person WHERE n.age &gt; 30)</c>); a MATCH moves it to its own WHERE.</summary>
    public Expression? Where { get; init; }
}

/// <summary>A Neo4j 5 label expression: names combined with | (or), &amp; (and), ! (not), % (any label) and parentheses.</summary>
public abstract record LabelExpression : AstNode;

public sealed record LabelName(string Name) : LabelExpression;

/// <summary>
/// <c>$(expr)</c> / <c>$all(expr)</c> (every label the expression gives) or <c>$any(expr)</c> (one of them): labels
/// or types named at run time by a string or a list of strings.
/// </summary>
public sealed record DynamicLabel(Expression Expression, bool Any) : LabelExpression
{
    /// <summary>Whether <paramref name="expression"/> names anything at run time.</summary>
    public static bool Within(LabelExpression expression) => expression switch
    {
        DynamicLabel => true,
        LabelNegation negation => Within(negation.Operand),
        LabelConjunction both => Within(both.Left) || Within(both.Right),
        LabelDisjunction either => Within(either.Left) || Within(either.Right),
        _ => false,
    };
}

/// <summary>% — the node has at least one label.</summary>
public sealed record AnyLabel : LabelExpression;

public sealed record LabelNegation(LabelExpression Operand) : LabelExpression;

public sealed record LabelConjunction(LabelExpression Left, LabelExpression Right) : LabelExpression;

public sealed record LabelDisjunction(LabelExpression Left, LabelExpression Right) : LabelExpression;

public enum RelationshipDirection
{
    /// <summary>(a)-[]->(b)</summary>
    Outgoing,

    /// <summary>(a)&lt;-[]-(b)</summary>
    Incoming,

    /// <summary>(a)-[]-(b) or (a)&lt;-[]-&gt;(b)</summary>
    Undirected,
}

/// <summary>-[v:A|B *1..3 {props}]-&gt;; <see cref="Length"/> is null for a single hop.</summary>
public sealed record RelationshipPattern(
    Variable? Variable,
    AstList<string> Types,
    RelationshipDirection Direction,
    VariableLength? Length,
    Expression? Properties) : AstNode
{
    /// <summary>
    /// A type expression other than a list of alternatives (<c>:!A</c>, <c>:!(A|B)</c>, <c>:%</c>), as written; what
    /// it allows is already in <see cref="Types"/> (any of these; empty = any type) and <see cref="ExcludedTypes"/>.
    /// </summary>
    public LabelExpression? TypeExpression { get; init; }

    /// <summary>A type given at run time (<c>-[r:$(expr)]-&gt;</c>, <c>$any(…)</c>), or null; <see cref="Types"/> is then empty.</summary>
    public DynamicLabel? DynamicType { get; init; }

    /// <summary>Types the relationship must not have (from a negation), or null.</summary>
    public AstList<string>? ExcludedTypes { get; init; }

    /// <summary>A <c>WHERE</c> inside the brackets (<c>-[r WHERE r.since &gt; 2000]-&gt;</c>); a MATCH moves it to its own WHERE.</summary>
    public Expression? Where { get; init; }

    /// <summary>
    /// Set when this position is a quantified path pattern (<c>((a)-[r]-&gt;(b) WHERE …){1,3}</c>) rather than one
    /// relationship: then <see cref="Length"/> holds the quantifier and the other members are unused.
    /// </summary>
    public QuantifiedPath? Quantified { get; init; }

    /// <summary>Whether a relationship of this type fits the pattern's types.</summary>
    public bool AllowsType(string type) =>
        (Types.Count == 0 || Types.Contains(type)) && (ExcludedTypes is null || !ExcludedTypes.Contains(type));
}

/// <summary>
/// Variable length bounds: <c>*</c> = (null, null), <c>*2</c> = (2, 2), <c>*1..3</c> = (1, 3),
/// <c>*..3</c> = (null, 3), <c>*2..</c> = (2, null). A missing minimum means 1, a missing maximum means unbounded.
/// </summary>
public sealed record VariableLength(long? Min, long? Max) : AstNode
{
    /// <summary>Written as a GQL quantifier after the pattern (<c>+</c>, <c>*</c>, <c>{m,n}</c>) rather than as <c>*m..n</c> inside the brackets.</summary>
    public bool IsQuantifier { get; init; }
}

/// <summary>
/// The repeated part of a quantified path pattern: a fixed-length path (at least one relationship) and its own
/// WHERE, matched once per repetition; the node patterns at its ends join those of the neighbouring repetitions.
/// Its variables are group variables: lists (one entry per repetition) outside it.
/// </summary>
public sealed record QuantifiedPath(PatternElement Element, Expression? Where) : AstNode;
