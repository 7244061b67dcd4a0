using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher;

/// <summary>Facts about a query that callers need before running it (e.g. the read-only console).</summary>
public static class QueryInspection
{
    /// <summary>
    /// True when the query can change the graph or its schema: CREATE, MERGE, SET, REMOVE, DELETE, FOREACH,
    /// a schema command, or a CALL of a procedure not known to be read-only — in any UNION part or subquery.
    /// </summary>
    public static bool IsUpdating(Query query) => query switch
    {
        SchemaCommand => true,
        UnionQuery union => IsUpdating(union.Left) || IsUpdating(union.Right),
        SingleQuery single => single.Clauses.Any(IsUpdating),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.GetType().Name, "Unknown query kind"),
    };

    private static bool IsUpdating(Clause clause) => clause switch
    {
        CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause => true,
        CallClause call => !ProcedureCatalog.IsReadOnly(call.ProcedureName),
        _ => false,
    };
}
