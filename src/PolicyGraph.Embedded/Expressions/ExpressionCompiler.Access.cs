using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions.Functions;
using PolicyGraph.Embedded.Values;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Expressions;

public static partial class ExpressionCompiler
{
    private static CompiledExpression CompilePropertyLookup(PropertyLookup lookup)
    {
        var subject = Compile(lookup.Subject);
        // The store interns property keys the same way, so lookups mostly match by reference (PropertyArrays.IndexOf).
        var key = string.Intern(lookup.Key);
        return (row, context) => PropertyOf(subject(row, context), key, context.Graph);
    }

    /// <summary>subject.key on a node, relationship or map; null-safe; other types are a TypeError.</summary>
    public static object? PropertyOf(object? subject, string key, IGraphReader graph) => subject switch
    {
        null => null,
        NodeRef node => graph.PropertyOf(GraphFunctions.LiveNode(node, graph, "properties"), key),
        RelationshipRef relationship => graph.PropertyOf(GraphFunctions.LiveRelationship(relationship, graph, "properties"), key),
        ITemporalValue temporal => TemporalAccessors.Get(temporal, key),
        SpatialPoint point => SpatialPoints.Get(point, key),
        _ when CypherValues.KindOf(subject) == CypherValueKind.Map =>
            CypherValues.AsMap(subject).TryGetValue(key, out var value) ? value : null,
        _ => throw CypherErrors.InvalidArgumentType($"Property access '.{key}'", subject),
    };

    private static CompiledExpression CompileIndex(IndexExpression index)
    {
        var subject = Compile(index.Subject);
        var position = Compile(index.Index);
        return (row, context) => ElementAt(subject(row, context), position(row, context), context.Graph);
    }

    private static object? ElementAt(object? subject, object? index, IGraphReader graph)
    {
        if (subject is null || index is null) return null;
        switch (CypherValues.KindOf(subject))
        {
            case CypherValueKind.List:
                if (index is not long offset) throw CypherErrors.InvalidArgumentType("List indexing with a non-integer", index);
                var list = CypherValues.AsList(subject);
                var actual = offset < 0 ? offset + list.Count : offset;
                return actual >= 0 && actual < list.Count ? list[(int)actual] : null;
            case CypherValueKind.Map or CypherValueKind.Node or CypherValueKind.Relationship:
                if (index is not string key)
                    throw CypherErrors.TypeError(
                        "MapElementAccessByNonString",
                        $"Map and property keys must be strings, not {CypherValues.TypeName(index)}.");
                return PropertyOf(subject, key, graph);
            default:
                throw CypherErrors.InvalidArgumentType("Indexing", subject);
        }
    }

    private static CompiledExpression CompileSlice(SliceExpression slice)
    {
        var subject = Compile(slice.Subject);
        var from = slice.From is null ? null : Compile(slice.From);
        var to = slice.To is null ? null : Compile(slice.To);
        return (row, context) =>
        {
            var list = subject(row, context);
            var start = from is null ? 0L : from(row, context);
            var end = to is null ? long.MaxValue : to(row, context);
            return Slice(list, start, end);
        };
    }

    private static object? Slice(object? subject, object? from, object? to)
    {
        if (subject is null || from is null || to is null) return null;
        if (CypherValues.KindOf(subject) != CypherValueKind.List) throw CypherErrors.InvalidArgumentType("Slicing", subject);
        if (from is not long start) throw CypherErrors.InvalidArgumentType("Slicing with a non-integer bound", from);
        if (to is not long end) throw CypherErrors.InvalidArgumentType("Slicing with a non-integer bound", to);
        var list = CypherValues.AsList(subject);
        var first = ClampSliceBound(start, list.Count);
        var last = ClampSliceBound(end, list.Count);
        if (last <= first) return CypherValues.EmptyList;
        var result = new object?[last - first];
        for (var i = first; i < last; i++) result[i - first] = list[i];
        return result;
    }

    private static int ClampSliceBound(long bound, int count)
    {
        var actual = bound < 0 ? bound + count : bound;
        return (int)Math.Clamp(actual, 0, count);
    }

    private static CompiledExpression CompileLabelPredicate(LabelPredicate predicate)
    {
        var subject = Compile(predicate.Subject);
        if (predicate.LabelExpression is { } expression)
            return (row, context) => Box(MatchesLabels(subject(row, context), expression, context.Graph));
        var labels = predicate.Labels.ToArray();
        return (row, context) => Box(HasLabels(subject(row, context), labels, context.Graph));
    }

    /// <summary>A label expression on a node's labels, or on a relationship's type (which counts as its one label).</summary>
    private static bool? MatchesLabels(object? subject, LabelExpression expression, IGraphReader graph) => subject switch
    {
        null => null,
        NodeRef node => Evaluate(expression, label => label is null ? graph.LabelsOf(node).Count > 0 : graph.HasLabel(node, label)),
        RelationshipRef relationship => Evaluate(expression, label => label is null || string.Equals(graph.TypeOf(relationship), label, StringComparison.Ordinal)),
        _ => throw CypherErrors.InvalidArgumentType("A label predicate", subject),
    };

    /// <param name="has">Whether the entity has a label (null: any label at all).</param>
    private static bool Evaluate(LabelExpression expression, Func<string?, bool> has) => expression switch
    {
        LabelName name => has(name.Name),
        AnyLabel => has(null),
        LabelNegation negation => !Evaluate(negation.Operand, has),
        LabelConjunction both => Evaluate(both.Left, has) && Evaluate(both.Right, has),
        LabelDisjunction either => Evaluate(either.Left, has) || Evaluate(either.Right, has),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name),
    };

    private static bool? HasLabels(object? subject, string[] labels, IGraphReader graph)
    {
        switch (subject)
        {
            case null:
                return null;
            case NodeRef node:
                foreach (var label in labels)
                {
                    if (!graph.HasLabel(node, label)) return false;
                }
                return true;
            case RelationshipRef relationship:
                var type = graph.TypeOf(relationship);
                foreach (var label in labels)
                {
                    if (!string.Equals(type, label, StringComparison.Ordinal)) return false;
                }
                return true;
            default:
                throw CypherErrors.InvalidArgumentType("A label predicate", subject);
        }
    }
}
