using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions;

public static partial class ExpressionCompiler
{
    /// <summary>The source of a list iteration: null stays null, a non-list is a TypeError.</summary>
    private static IReadOnlyList<object?>? IterationSource(object? source, string construct)
    {
        if (source is null) return null;
        return CypherValues.KindOf(source) == CypherValueKind.List
            ? CypherValues.AsList(source)
            : throw CypherErrors.InvalidArgumentType(construct, source);
    }

    private static CompiledExpression CompileListComprehension(ListComprehension comprehension)
    {
        var source = Compile(comprehension.Source);
        var where = comprehension.Where is null ? null : Compile(comprehension.Where);
        var projection = comprehension.Projection is null ? null : Compile(comprehension.Projection);
        var name = comprehension.Variable.Name;
        return (row, context) =>
        {
            var items = IterationSource(source(row, context), "A list comprehension");
            if (items is null) return null;
            var scope = new ScopedRow(row, name);
            // A WHERE usually keeps few of a long source (range(1, 100000000)): grow, do not reserve it all.
            var result = new List<object?>(Math.Min(items.Count, 1024));
            for (var i = 0; i < items.Count; i++)
            {
                context.Budget.Poll();
                scope.Value = items[i];
                if (where is not null && !CypherLogic.IsTrue(where(scope, context))) continue;
                context.Budget.EnsureList(result.Count + 1L);
                result.Add(projection is null ? items[i] : projection(scope, context));
            }
            return result;
        };
    }

    private static CompiledExpression CompileQuantifier(Quantifier quantifier)
    {
        var source = Compile(quantifier.Source);
        var predicate = quantifier.Where is null ? null : Compile(quantifier.Where);
        var name = quantifier.Variable.Name;
        var kind = quantifier.Kind;
        return (row, context) =>
        {
            var items = IterationSource(source(row, context), $"{kind.ToString().ToLowerInvariant()}()");
            if (items is null) return null;
            var scope = new ScopedRow(row, name);
            var trues = 0;
            var unknowns = 0;
            for (var i = 0; i < items.Count; i++)
            {
                context.Budget.Poll();
                scope.Value = items[i];
                var outcome = CypherLogic.AsTruth(predicate is null ? items[i] : predicate(scope, context), "A quantifier predicate");
                if (outcome == true) trues++;
                else if (outcome is null) unknowns++;
            }
            return Box(Quantify(kind, trues, unknowns, items.Count - trues - unknowns));
        };
    }

    /// <summary>Three-valued quantifier results from how many elements were true, unknown (null) and false.</summary>
    internal static bool? Quantify(QuantifierKind kind, int trues, int unknowns, int falses) => kind switch
    {
        QuantifierKind.All => falses > 0 ? false : unknowns > 0 ? null : true,
        QuantifierKind.Any => trues > 0 ? true : unknowns > 0 ? null : false,
        QuantifierKind.None => trues > 0 ? false : unknowns > 0 ? null : true,
        _ => trues > 1 ? false : unknowns > 0 ? null : trues == 1,
    };

    private static CompiledExpression CompileReduce(Reduce reduce)
    {
        var init = Compile(reduce.Init);
        var source = Compile(reduce.Source);
        var step = Compile(reduce.Expression);
        var accumulatorName = reduce.Accumulator.Name;
        var elementName = reduce.Variable.Name;
        return (row, context) =>
        {
            var accumulator = init(row, context);
            var items = IterationSource(source(row, context), "reduce()");
            if (items is null) return null;
            var accumulatorScope = new ScopedRow(row, accumulatorName);
            var elementScope = new ScopedRow(accumulatorScope, elementName);
            for (var i = 0; i < items.Count; i++)
            {
                context.Budget.Poll();
                accumulatorScope.Value = accumulator;
                elementScope.Value = items[i];
                accumulator = step(elementScope, context);
            }
            return accumulator;
        };
    }

    private static CompiledExpression CompileCase(CaseExpression caseExpression)
    {
        var test = caseExpression.Test is null ? null : Compile(caseExpression.Test);
        var whens = new CompiledExpression[caseExpression.Alternatives.Count];
        var thens = new CompiledExpression[whens.Length];
        for (var i = 0; i < whens.Length; i++)
        {
            whens[i] = Compile(caseExpression.Alternatives[i].When);
            thens[i] = Compile(caseExpression.Alternatives[i].Then);
        }
        var otherwise = caseExpression.Else is null ? Constant(null) : Compile(caseExpression.Else);
        return (row, context) =>
        {
            var subject = test?.Invoke(row, context);
            for (var i = 0; i < whens.Length; i++)
            {
                var candidate = whens[i](row, context);
                // Simple CASE matches by equality (null never matches); generic CASE needs a true condition.
                var matches = test is null ? candidate is true : CypherEquality.AreEqual(subject, candidate) == true;
                if (matches) return thens[i](row, context);
            }
            return otherwise(row, context);
        };
    }
}
