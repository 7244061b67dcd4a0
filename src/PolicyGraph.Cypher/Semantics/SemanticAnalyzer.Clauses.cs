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
}
