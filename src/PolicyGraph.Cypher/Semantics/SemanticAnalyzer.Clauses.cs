using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>UNWIND, the updating clauses and CALL.</summary>
public sealed partial class SemanticAnalyzer
{
    private static readonly TypeKind[] DeletableKinds = [TypeKind.Node, TypeKind.Relationship, TypeKind.Path, TypeKind.List];

    private Scope AnalyzeUnwind(UnwindClause unwind, Scope scope)
    {
        var sourceType = Infer(unwind.Source, new ExpressionContext(scope));
        RequireUnbound(unwind.Variable, scope);
        var element = sourceType.Kind == TypeKind.List ? sourceType.Element ?? CypherType.Any : CypherType.Any;
        return scope.With(unwind.Variable.Name, element);
    }

    private void RequireUnbound(Variable variable, Scope scope)
    {
        if (scope.Contains(variable.Name))
        {
            Report("VariableAlreadyBound", $"Variable `{variable.Name}` already declared", variable);
        }
    }

    private Scope AnalyzeMerge(MergeClause merge, Scope scope)
    {
        var bound = BindPattern(new Pattern([merge.Pattern]) { Position = merge.Pattern.Position }, PatternMode.Merge, scope);
        foreach (var action in merge.Actions)
        {
            AnalyzeSetItems(action.Items, bound);
        }

        return bound;
    }

    private Scope AnalyzeSetItems(IEnumerable<SetItem> items, Scope scope)
    {
        var context = new ExpressionContext(scope);
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem property:
                    Infer(property.Target, context);
                    Infer(property.Value, context);
                    break;
                case SetVariableItem variable:
                    InferVariable(variable.Target, scope);
                    Infer(variable.Value, context);
                    break;
                case SetLabelsItem labels:
                    InferVariable(labels.Target, scope);
                    CheckLabelNames(labels.Dynamic, context);
                    break;
                case SetDynamicPropertyItem dynamic:
                    CheckDynamicProperty(dynamic.Subject, dynamic.Key, context);
                    Infer(dynamic.Value, context);
                    break;
            }
        }

        return scope;
    }

    private Scope AnalyzeRemove(RemoveClause remove, Scope scope)
    {
        foreach (var item in remove.Items)
        {
            if (item is RemovePropertyItem property)
            {
                Infer(property.Target, new ExpressionContext(scope));
            }
            else if (item is RemoveLabelsItem labels)
            {
                InferVariable(labels.Target, scope);
                CheckLabelNames(labels.Dynamic, new ExpressionContext(scope));
            }
            else if (item is RemoveDynamicPropertyItem dynamic)
            {
                CheckDynamicProperty(dynamic.Subject, dynamic.Key, new ExpressionContext(scope));
            }
        }

        return scope;
    }

    private Scope AnalyzeDelete(DeleteClause delete, Scope scope)
    {
        foreach (var target in delete.Targets)
        {
            if (target is LabelPredicate)
            {
                Report("InvalidDelete", "DELETE removes nodes, relationships or paths; use REMOVE to remove labels", target);
                continue;
            }

            var type = Infer(target, new ExpressionContext(scope));
            if (!type.Fits(DeletableKinds))
            {
                Report("InvalidArgumentType", $"DELETE expects a node, relationship or path but got {type}", target);
            }
        }

        return scope;
    }

    private Scope AnalyzeForeach(ForeachClause each, Scope scope)
    {
        var sourceType = Infer(each.Source, new ExpressionContext(scope));
        var element = sourceType.Kind == TypeKind.List ? sourceType.Element ?? CypherType.Any : CypherType.Any;
        var inner = scope.With(each.Variable.Name, element);
        foreach (var update in each.Updates)
        {
            if (!IsUpdating(update))
            {
                Report("InvalidClauseComposition", "FOREACH can only contain updating clauses", update);
                continue;
            }

            inner = AnalyzeNonProjectionClause(update, inner);
        }

        return scope;
    }

    private Scope AnalyzeCall(CallClause call, Scope scope)
    {
        foreach (var argument in call.Arguments ?? [])
        {
            Infer(argument, new ExpressionContext(scope));
        }

        foreach (var item in call.Yield ?? [])
        {
            var variable = item.Alias ?? new Variable(item.Field) { Position = item.Position };
            RequireUnbound(variable, scope);
            scope = scope.With(variable.Name, CypherType.Any);
        }

        CheckPredicate(call.Where, scope);
        return scope;
    }

    /// <summary>
    /// CALL { }: each UNION branch is checked with only what it imports in scope, like a query of its own (ending in
    /// RETURN, or in an update for a unit subquery); the returned columns join the outer scope and may not shadow it.
    /// </summary>
    private Scope AnalyzeSubqueryCall(SubqueryCallClause call, Scope scope)
    {
        foreach (var variable in call.ScopeVariables ?? [])
        {
            InferVariable(variable, scope);
        }

        if (call.InTransactions is { } batching)
        {
            CheckTransactionBatching(batching);
        }

        IReadOnlyList<string>? columns = null;
        foreach (var branch in Branches(call.Query))
        {
            var branchColumns = AnalyzeSingleQuery(branch, ImportedScope(call, branch, scope), isSubquery: false);
            if (columns is not null && !columns.SequenceEqual(branchColumns))
            {
                Report("DifferentColumnsInUnion", "All sub queries in a UNION must have the same column names", branch);
            }

            columns ??= branchColumns;
        }

        foreach (var column in columns ?? [])
        {
            if (scope.Contains(column))
            {
                Report("VariableAlreadyBound", $"Variable `{column}` already declared in outer scope", call);
            }

            scope = scope.With(column, CypherType.Any);
        }

        return scope;
    }

    /// <summary>
    /// IN TRANSACTIONS: batch size and concurrency are constants (they may not read the row). The embedded engine runs
    /// the whole statement as one transaction, so it refuses what would need separate ones rather than ignore it.
    /// </summary>
    private void CheckTransactionBatching(TransactionBatching batching)
    {
        foreach (var setting in new[] { batching.BatchSize, batching.Concurrency }.OfType<Expression>())
        {
            Infer(setting, new ExpressionContext(Scope.Empty));
        }

        if (batching.OnError != "FAIL" || batching.ReportStatus is not null)
        {
            Report("UnsupportedFeature",
                "The embedded engine runs CALL { } IN TRANSACTIONS within the statement's one transaction; ON ERROR CONTINUE/BREAK and REPORT STATUS need separate transactions and are not supported",
                batching);
        }
    }

    /// <summary>
    /// The columns a CALL subquery adds to each row (its RETURN, with RETURN * expanded), for an executor that must
    /// know them before running it. The query is assumed to have passed <see cref="Analyze"/>.
    /// </summary>
    public static IReadOnlyList<string> SubqueryColumns(SubqueryCallClause call, IEnumerable<string> outerVariables)
    {
        var outer = outerVariables.Aggregate(Scope.Empty, (scope, name) => scope.With(name, CypherType.Any));
        var branch = Branches(call.Query).First();
        return new SemanticAnalyzer([]).AnalyzeSingleQuery(branch, ImportedScope(call, branch, outer), isSubquery: false);
    }

    private static Scope ImportedScope(SubqueryCallClause call, SingleQuery branch, Scope outer)
    {
        if (call.ScopeVariables is { } variables)
        {
            return variables.Aggregate(Scope.Empty, (imported, v) => imported.With(v.Name, outer.TypeOf(v.Name) ?? CypherType.Any));
        }

        return call.ImportsAll || ImportsByLeadingWith(branch) ? outer : Scope.Empty;
    }

    /// <summary>
    /// Whether a subquery branch starts with an importing WITH: plain outer variables (or *) only — no WHERE,
    /// DISTINCT, ORDER BY, SKIP or LIMIT, as in Neo4j (a WITH with them imports nothing).
    /// </summary>
    public static bool ImportsByLeadingWith(SingleQuery branch) =>
        branch.Clauses.Count > 0 &&
        branch.Clauses[0] is WithClause { Where: null, Body: { Distinct: false, OrderBy.Count: 0, Skip: null, Limit: null } } with &&
        with.Body.Items.All(item => item.Expression is Variable variable && (item.Alias is null || item.Alias.Name == variable.Name));

    public static IEnumerable<SingleQuery> Branches(Query query) => query switch
    {
        SingleQuery single => [single],
        UnionQuery union => Branches(union.Left).Append(union.Right),
        _ => [],
    };
}
