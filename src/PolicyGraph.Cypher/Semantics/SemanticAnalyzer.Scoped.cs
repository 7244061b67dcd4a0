using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>Expressions that introduce their own variables or refer to patterns and subqueries.</summary>
public sealed partial class SemanticAnalyzer
{
    private CypherType InferScoped(Expression expression, ExpressionContext context) => expression switch
    {
        ListComprehension list => InferListComprehension(list, context),
        Quantifier quantifier => InferQuantifier(quantifier, context),
        Reduce reduce => InferReduce(reduce, context),
        PatternComprehension comprehension => InferPatternComprehension(comprehension, context),
        PatternPredicate predicate => InferPatternPredicate(predicate, context),
        ExistsSubquery exists => InferExists(exists, context),
        CountSubquery count => InferCount(count, context),
        CollectSubquery collect => InferCollect(collect, context),
        MapProjection projection => InferMapProjection(projection, context),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown expression kind"),
    };

    /// <summary>The scope inside x IN source: x takes the element type of the list when known.</summary>
    private CypherType BindIterationVariable(Variable variable, Expression source, ExpressionContext context, out Scope inner)
    {
        var sourceType = Infer(source, context);
        var element = sourceType.Kind == TypeKind.List ? sourceType.Element ?? CypherType.Any : CypherType.Any;
        inner = context.Scope.With(variable.Name, element);
        return element;
    }

    private CypherType InferListComprehension(ListComprehension list, ExpressionContext context)
    {
        var element = BindIterationVariable(list.Variable, list.Source, context, out var inner);
        var innerContext = context.Inner(inner);
        if (list.Where is not null)
        {
            RequireBoolean(Infer(list.Where, innerContext), list.Where);
        }

        return CypherType.ListOf(list.Projection is null ? element : Infer(list.Projection, innerContext));
    }

    private CypherType InferQuantifier(Quantifier quantifier, ExpressionContext context)
    {
        BindIterationVariable(quantifier.Variable, quantifier.Source, context, out var inner);
        if (quantifier.Where is not null)
        {
            RequireBoolean(Infer(quantifier.Where, context.Inner(inner)), quantifier.Where);
        }

        return CypherType.Boolean;
    }

    private CypherType InferReduce(Reduce reduce, ExpressionContext context)
    {
        var accumulator = Infer(reduce.Init, context);
        BindIterationVariable(reduce.Variable, reduce.Source, context, out var inner);
        Infer(reduce.Expression, context.Inner(inner.With(reduce.Accumulator.Name, CypherType.Join(accumulator, CypherType.Any))));
        return CypherType.Any;
    }

    private CypherType InferPatternComprehension(PatternComprehension comprehension, ExpressionContext context)
    {
        var part = new PatternPart(comprehension.PathVariable, comprehension.Pattern, ShortestPathKind.None);
        var binding = new PatternBinding(context.Scope, PatternMode.Nested);
        BindPatternPart(part, binding);
        var innerContext = context.Inner(binding.Scope);
        if (comprehension.Where is not null)
        {
            RequireBoolean(Infer(comprehension.Where, innerContext with { AllowPatternPredicates = true }), comprehension.Where);
        }

        return CypherType.ListOf(Infer(comprehension.Projection, innerContext));
    }

    private CypherType InferPatternPredicate(PatternPredicate predicate, ExpressionContext context)
    {
        if (!context.AllowPatternPredicates)
        {
            Report(
                "UnexpectedSyntax",
                "A pattern can only be used as a predicate in WHERE (use a pattern comprehension or EXISTS { } instead)",
                predicate);
            return CypherType.Boolean;
        }

        CheckPatternPredicate(predicate.Pattern, context.Scope);
        return CypherType.Boolean;
    }

    private CypherType InferExists(ExistsSubquery exists, ExpressionContext context)
    {
        AnalyzeQuery(exists.Query, context.Scope, isSubquery: true);
        return CypherType.Boolean;
    }

    private CypherType InferCount(CountSubquery count, ExpressionContext context)
    {
        AnalyzeQuery(count.Query, context.Scope, isSubquery: true);
        return CypherType.Integer;
    }

    private CypherType InferCollect(CollectSubquery collect, ExpressionContext context)
    {
        var columns = AnalyzeQuery(collect.Query, context.Scope, isSubquery: true);
        if (columns.Count != 1)
        {
            Report(
                "InvalidClauseComposition",
                "A COLLECT subquery must end with a RETURN of exactly one column",
                collect);
        }

        return CypherType.ListOf(CypherType.Any);
    }

    /// <summary>
    /// The scope after a WITH inside EXISTS / COUNT / COLLECT: the outer variables stay visible (Neo4j 5), so a
    /// WITH (or UNWIND) may not bind one of their names to another value (GQL 42N07, variable shadowing); <c>WITH x</c>
    /// is fine.
    /// </summary>
    private Scope CarryOuterScope(WithClause with, Scope outer, Scope projected)
    {
        foreach (var item in with.Body.Items)
        {
            var name = item.ColumnName;
            if (outer.Contains(name) && !(item.Expression is Variable variable && variable.Name == name))
            {
                ReportShadowing(name, (AstNode?)item.Alias ?? item);
            }
        }

        return outer.Merge(projected);
    }

    private void ReportShadowing(string name, AstNode at) =>
        Report(
            "VariableShadowing",
            $"The variable `{name}` is shadowing a variable with the same name from the outer scope and needs to be renamed",
            at);

    private CypherType InferMapProjection(MapProjection projection, ExpressionContext context)
    {
        var subject = InferVariable(projection.Subject, context.Scope);
        if (!subject.Fits([TypeKind.Map, TypeKind.Node, TypeKind.Relationship]))
        {
            Report(
                "InvalidArgumentType",
                $"Type mismatch: map projection needs a map, node or relationship but was {subject}",
                projection.Subject);
        }

        foreach (var item in projection.Items)
        {
            if (item is LiteralEntry entry)
            {
                Infer(entry.Value, context);
            }
            else if (item is VariableSelector selector)
            {
                InferVariable(selector.Variable, context.Scope);
            }
        }

        return CypherType.Map;
    }
}
