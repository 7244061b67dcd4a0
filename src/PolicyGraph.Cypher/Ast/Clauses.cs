namespace PolicyGraph.Cypher.Ast;

public abstract record Clause : AstNode;

/// <summary>MATCH / OPTIONAL MATCH with its WHERE.</summary>
public sealed record MatchClause(bool Optional, Pattern Pattern, Expression? Where) : Clause;

public sealed record UnwindClause(Expression Source, Variable Variable) : Clause;

/// <summary>WITH: a projection, then an optional WHERE that filters the projected rows.</summary>
public sealed record WithClause(ProjectionBody Body, Expression? Where) : Clause;

public sealed record ReturnClause(ProjectionBody Body) : Clause;

public sealed record CreateClause(Pattern Pattern) : Clause;

public sealed record MergeClause(PatternPart Pattern, AstList<MergeAction> Actions) : Clause;

/// <summary>ON CREATE SET ... (OnCreate true) or ON MATCH SET ... (OnCreate false).</summary>
public sealed record MergeAction(bool OnCreate, AstList<SetItem> Items) : AstNode;

public sealed record SetClause(AstList<SetItem> Items) : Clause;

public sealed record RemoveClause(AstList<RemoveItem> Items) : Clause;

public sealed record DeleteClause(bool Detach, AstList<Expression> Targets) : Clause;

/// <summary>FOREACH (x IN list | updating clauses).</summary>
public sealed record ForeachClause(Variable Variable, Expression Source, AstList<Clause> Updates) : Clause;

/// <summary>
/// CALL ns.proc(args) YIELD ... WHERE ...; <see cref="Arguments"/> is null when the parentheses are omitted
/// (implicit arguments from parameters), <see cref="Yield"/> is null when there is no YIELD.
/// </summary>
public sealed record CallClause(
    string ProcedureName,
    AstList<Expression>? Arguments,
    bool YieldAll,
    AstList<YieldItem>? Yield,
    Expression? Where) : Clause
{
    /// <summary>OPTIONAL CALL: a row for which the procedure yields nothing is kept, its YIELD columns null.</summary>
    public bool Optional { get; init; }
}

/// <summary>
/// CALL { subquery } or CALL (a, b) { subquery }: runs the subquery once per incoming row and appends the columns it
/// returns (a subquery without RETURN leaves the rows as they are). The subquery sees only what it imports: the
/// <see cref="ScopeVariables"/> of the second form, or the plain variables of its leading WITH in the first
/// (null <see cref="ScopeVariables"/>).
/// </summary>
public sealed record SubqueryCallClause(Query Query, AstList<Variable>? ScopeVariables) : Clause
{
    /// <summary>CALL (*) { }: the subquery sees every outer variable.</summary>
    public bool ImportsAll { get; init; }

    /// <summary>OPTIONAL CALL { }: a row for which the subquery returns nothing is kept, its columns null.</summary>
    public bool Optional { get; init; }

    /// <summary>CALL { } IN TRANSACTIONS …: the batching as written, or null for an ordinary call.</summary>
    public TransactionBatching? InTransactions { get; init; }
}

/// <summary>
/// IN [n CONCURRENT] TRANSACTIONS [OF n ROWS] [ON ERROR CONTINUE|BREAK|FAIL] [REPORT STATUS AS s]; the parts not
/// written are null (<see cref="OnError"/> is FAIL then).
/// </summary>
public sealed record TransactionBatching(Expression? Concurrency, Expression? BatchSize, string OnError, Variable? ReportStatus) : AstNode;

/// <summary>One YIELD column: the procedure's output <see cref="Field"/>, optionally renamed.</summary>
public sealed record YieldItem(string Field, Variable? Alias) : AstNode
{
    public string VariableName => Alias?.Name ?? Field;
}

/// <summary>What WITH and RETURN share: DISTINCT, items (or * for all variables), ORDER BY, SKIP, LIMIT.</summary>
public sealed record ProjectionBody(
    bool Distinct,
    bool IncludeExisting,
    AstList<ProjectionItem> Items,
    AstList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit) : AstNode;

/// <summary>
/// One projected expression. <see cref="SourceText"/> (the expression as written, used for the column name)
/// is kept out of equality like positions.
/// </summary>
public sealed record ProjectionItem(Expression Expression, Variable? Alias) : AstNode
{
    public string? SourceText { get; init; }

    /// <summary>The result column: the alias, else a variable's name, else the expression as written.</summary>
    public string ColumnName =>
        Alias?.Name ?? (Expression as Variable)?.Name ?? SourceText ?? CypherPrinter.PrintExpression(Expression);

    public bool Equals(ProjectionItem? other) =>
        base.Equals(other) && Expression.Equals(other.Expression) && Equals(Alias, other.Alias);

    public override int GetHashCode() => HashCode.Combine(Expression, Alias);
}

public sealed record SortItem(Expression Expression, bool Descending) : AstNode;

public abstract record SetItem : AstNode;

/// <summary>SET n.p = value (the target may be any property lookup, e.g. (n).p).</summary>
public sealed record SetPropertyItem(PropertyLookup Target, Expression Value) : SetItem;

/// <summary>SET n = map (Merge false) or SET n += map (Merge true).</summary>
public sealed record SetVariableItem(Variable Target, Expression Value, bool Merge) : SetItem;

public sealed record SetLabelsItem(Variable Target, AstList<string> Labels) : SetItem
{
    /// <summary>Labels named at run time (<c>SET n:$(expr)</c>): each a string or a list of strings.</summary>
    public AstList<Expression> Dynamic { get; init; } = [];
}

/// <summary>SET n[key] = value: the key is an expression giving a string.</summary>
public sealed record SetDynamicPropertyItem(Expression Subject, Expression Key, Expression Value) : SetItem;

public abstract record RemoveItem : AstNode;

public sealed record RemovePropertyItem(PropertyLookup Target) : RemoveItem;

public sealed record RemoveLabelsItem(Variable Target, AstList<string> Labels) : RemoveItem
{
    /// <summary>Labels named at run time (<c>REMOVE n:$(expr)</c>).</summary>
    public AstList<Expression> Dynamic { get; init; } = [];
}

/// <summary>REMOVE n[key].</summary>
public sealed record RemoveDynamicPropertyItem(Expression Subject, Expression Key) : RemoveItem;
