using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>
/// Checks a parsed query before execution: variable scoping and typing, aggregation rules, clause composition,
/// pattern rules of CREATE/MERGE, constant SKIP/LIMIT, function names and arity. Reports the openCypher TCK's
/// error categories and detail codes as <see cref="CypherException"/>s (phase CompileTime): either the first one
/// is thrown (<see cref="Analyze"/>) or, after each problem, checking goes on to collect them all (<see cref="Diagnose"/>).
/// </summary>
public sealed partial class SemanticAnalyzer
{
    /// <summary>Null when the first problem is thrown at once.</summary>
    private readonly List<CypherException>? collected;

    private SemanticAnalyzer(List<CypherException>? collected) => this.collected = collected;

    /// <summary>Throws the first problem found, in query order; returns the result column names.</summary>
    public static IReadOnlyList<string> Analyze(Query query) => new SemanticAnalyzer(null).AnalyzeQuery(query, Scope.Empty, false);

    /// <summary>Every problem found, in query order (empty when the query is fine).</summary>
    public static IReadOnlyList<CypherException> Diagnose(Query query)
    {
        var problems = new List<CypherException>();
        new SemanticAnalyzer(problems).AnalyzeQuery(query, Scope.Empty, false);
        // One place in the text can trip several checks; its first problem says the most.
        return problems.DistinctBy(problem => (problem.Line, problem.Column)).ToList();
    }

    private static CypherException Error(string detail, string message, AstNode node) =>
        CypherErrors.Syntax(detail, message, node.Position);

    private void Report(string detail, string message, AstNode node) => Report(Error(detail, message, node));

    private void Report(CypherException problem)
    {
        if (collected is null)
        {
            throw problem;
        }

        collected.Add(problem);
    }

    private IReadOnlyList<string> AnalyzeQuery(Query query, Scope outer, bool isSubquery) => query switch
    {
        SingleQuery single => AnalyzeSingleQuery(single, outer, isSubquery),
        UnionQuery union => AnalyzeUnion(union, outer, isSubquery),
        SchemaCommand => [],
        ExplainedQuery explained => AnalyzeQuery(explained.Query, outer, isSubquery),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.GetType().Name, "Unknown query kind"),
    };

    private IReadOnlyList<string> AnalyzeUnion(UnionQuery union, Scope outer, bool isSubquery)
    {
        if (union.Left is UnionQuery previous && previous.All != union.All)
        {
            Report("InvalidClauseComposition", "Invalid combination of UNION and UNION ALL", union);
        }

        var left = AnalyzeQuery(union.Left, outer, isSubquery);
        var right = AnalyzeSingleQuery(union.Right, outer, isSubquery);
        if (!left.SequenceEqual(right))
        {
            Report(
                "DifferentColumnsInUnion",
                $"All parts of a UNION must return the same columns: {string.Join(", ", left)} vs {string.Join(", ", right)}",
                union);
        }

        return left;
    }

    private IReadOnlyList<string> AnalyzeSingleQuery(SingleQuery query, Scope outer, bool isSubquery)
    {
        CheckClauseComposition(query, isSubquery);
        var scope = outer;
        // Neo4j 5: inside EXISTS / COUNT / COLLECT the outer variables stay visible across every WITH.
        var carried = isSubquery ? outer : null;
        IReadOnlyList<string> columns = [];
        foreach (var clause in query.Clauses)
        {
            (scope, columns) = AnalyzeClause(clause, scope, carried);
        }

        return columns;
    }

    /// <param name="carried">The outer scope a subquery expression keeps across its WITH clauses (null elsewhere).</param>
    private (Scope Scope, IReadOnlyList<string> Columns) AnalyzeClause(Clause clause, Scope scope, Scope? carried)
    {
        switch (clause)
        {
            case ReturnClause ret:
                var (_, columns) = AnalyzeProjection(ret.Body, scope, isReturn: true);
                return (scope, columns);
            case WithClause with:
                var (next, _) = AnalyzeProjection(with.Body, scope, isReturn: false);
                next = carried is null ? next : CarryOuterScope(with, carried, next);
                CheckPredicate(with.Where, WhereScopeAfterWith(with, scope, next));
                return (next, []);
            case UnwindClause unwind when carried is not null && carried.Contains(unwind.Variable.Name):
                ReportShadowing(unwind.Variable.Name, unwind.Variable);
                return (scope, []);
            default:
                return (AnalyzeNonProjectionClause(clause, scope), []);
        }
    }

    private Scope AnalyzeNonProjectionClause(Clause clause, Scope scope) => clause switch
    {
        MatchClause match => AnalyzeMatch(match, scope),
        UnwindClause unwind => AnalyzeUnwind(unwind, scope),
        CreateClause create => BindPattern(create.Pattern, PatternMode.Create, scope),
        MergeClause merge => AnalyzeMerge(merge, scope),
        SetClause set => AnalyzeSetItems(set.Items, scope),
        RemoveClause remove => AnalyzeRemove(remove, scope),
        DeleteClause delete => AnalyzeDelete(delete, scope),
        ForeachClause each => AnalyzeForeach(each, scope),
        CallClause call => AnalyzeCall(call, scope),
        SubqueryCallClause subquery => AnalyzeSubqueryCall(subquery, scope),
        _ => throw new ArgumentOutOfRangeException(nameof(clause), clause.GetType().Name, "Unknown clause kind"),
    };

    /// <summary>WHERE after a non-aggregating WITH also sees the variables from before the WITH.</summary>
    private static Scope WhereScopeAfterWith(WithClause with, Scope incoming, Scope outgoing) =>
        with.Body.Items.Any(item => ExpressionTree.ContainsAggregate(item.Expression)) ? outgoing : incoming.Merge(outgoing);

    private static bool IsUpdating(Clause clause) =>
        clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause ||
        (clause is SubqueryCallClause subquery && QueryInspection.IsUpdating(subquery.Query));

    /// <summary>
    /// RETURN only last; a query ends with RETURN, an update or CALL (subqueries may end anywhere); a reading
    /// clause needs a WITH after updates; subqueries inside EXISTS may not update.
    /// </summary>
    private void CheckClauseComposition(SingleQuery query, bool isSubquery)
    {
        var clauses = query.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause is ReturnClause && i < clauses.Count - 1)
            {
                Report("InvalidClauseComposition", "RETURN can only be used at the end of the query", clauses[i + 1]);
            }

            // A procedure not known to be read-only may write too (the read-only console relies on this).
            if (isSubquery && (IsUpdating(clause) || clause is CallClause call && !ProcedureCatalog.IsReadOnly(call.ProcedureName)))
            {
                Report("InvalidClauseComposition", "A subquery expression (EXISTS, COUNT, COLLECT) cannot contain updating clauses", clause);
            }

            if (clause is CallClause { YieldAll: true } && clauses.Count > 1)
            {
                Report("UnexpectedSyntax", "YIELD * is only allowed in a standalone CALL", clause);
            }

            // Neo4j 5 lets a MATCH follow an updating CALL { } directly; other updates still need a WITH.
            if (clause is MatchClause && i > 0 && IsUpdating(clauses[i - 1]) && clauses[i - 1] is not SubqueryCallClause)
            {
                Report("InvalidClauseComposition", "WITH is required between an updating clause and MATCH", clause);
            }
        }

        var last = clauses[^1];
        if (!isSubquery && last is not (ReturnClause or CallClause) && !IsUpdating(last))
        {
            Report(
                "InvalidClauseComposition",
                "Query cannot conclude with this clause (must be RETURN or an update clause)",
                last);
        }
    }
}
