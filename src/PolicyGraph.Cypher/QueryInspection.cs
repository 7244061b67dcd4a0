using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher;

/// <summary>Facts about a query that callers need before running it (e.g. the read-only console).</summary>
public static class QueryInspection
{
    /// <summary>
    /// True when the query can change the graph or its schema: CREATE, MERGE, SET, REMOVE, DELETE, FOREACH,
    /// a schema command, or a CALL of a procedure not known to be read-only — in any UNION part or subquery.
    /// </summary>
    public static bool IsUpdating(Query query) => FirstUpdate(query) is not null;

    /// <summary>
    /// The first part of the query that can change the graph (a clause, or a whole schema command), with a short
    /// description such as "CREATE" for error messages; null for a read-only query.
    /// </summary>
    public static (AstNode Node, string Description)? FirstUpdate(Query query) => query switch
    {
        SchemaCommand schema => (schema, "a schema command"),
        UnionQuery union => FirstUpdate(union.Left) ?? FirstUpdate(union.Right),
        // EXPLAIN only describes; PROFILE runs the statement.
        ExplainedQuery { Profile: false } => null,
        ExplainedQuery explained => FirstUpdate(explained.Query),
        SingleQuery single => single.Clauses.Select(FirstUpdate).FirstOrDefault(update => update is not null),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.GetType().Name, "Unknown query kind"),
    };

    private static (AstNode Node, string Description)? FirstUpdate(Clause clause) => clause switch
    {
        // CALL { } IN TRANSACTIONS commits as it goes: it counts as a write whatever its body does.
        SubqueryCallClause { InTransactions: not null } batched => (batched, "CALL { } IN TRANSACTIONS"),
        SubqueryCallClause subquery => FirstUpdate(subquery.Query),
        _ when IsUpdating(clause) => (clause, Describe(clause)),
        _ => null,
    };

    private static string Describe(Clause clause) => clause switch
    {
        CreateClause => "CREATE",
        MergeClause => "MERGE",
        SetClause => "SET",
        RemoveClause => "REMOVE",
        DeleteClause { Detach: true } => "DETACH DELETE",
        DeleteClause => "DELETE",
        ForeachClause => "FOREACH",
        CallClause call => $"CALL {call.ProcedureName}",
        _ => clause.GetType().Name,
    };

    private static bool IsUpdating(Clause clause) => clause switch
    {
        CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause => true,
        CallClause call => !ProcedureCatalog.IsReadOnly(call.ProcedureName),
        _ => false,
    };
}
