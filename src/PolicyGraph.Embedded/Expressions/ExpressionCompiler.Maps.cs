using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions.Functions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions;

public static partial class ExpressionCompiler
{
    /// <summary>A map projection item compiled to "write your entries into this map".</summary>
    private delegate void ProjectionWriter(object subject, Dictionary<string, object?> target, IRow row, EvaluationContext context);

    private static CompiledExpression CompileMapProjection(MapProjection projection)
    {
        var subject = Compile(projection.Subject);
        var writers = new ProjectionWriter[projection.Items.Count];
        for (var i = 0; i < writers.Length; i++) writers[i] = CompileProjectionItem(projection.Items[i]);
        return (row, context) =>
        {
            var value = subject(row, context);
            if (value is null) return null;
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var writer in writers) writer(value, result, row, context);
            return result;
        };
    }

    private static ProjectionWriter CompileProjectionItem(MapProjectionItem item)
    {
        switch (item)
        {
            case PropertySelector selector:
                var key = selector.Key;
                return (subject, target, _, context) => target[key] = PropertyOf(subject, key, context.Graph);
            case LiteralEntry entry:
                var value = Compile(entry.Value);
                var entryKey = entry.Key;
                return (_, target, row, context) => target[entryKey] = value(row, context);
            case VariableSelector variable:
                var read = CompileVariable(variable.Variable);
                var name = variable.Variable.Name;
                return (_, target, row, context) => target[name] = read(row, context);
            case AllPropertiesSelector:
                return static (subject, target, _, context) =>
                {
                    foreach (var (propertyKey, propertyValue) in AllProperties(subject, context.Graph)) target[propertyKey] = propertyValue;
                };
            default:
                throw Unsupported(item, item.GetType().Name);
        }
    }

    private static IReadOnlyDictionary<string, object?> AllProperties(object subject, IGraphReader graph) => subject switch
    {
        NodeRef node => graph.PropertiesOf(GraphFunctions.LiveNode(node, graph, "properties")),
        RelationshipRef relationship => graph.PropertiesOf(GraphFunctions.LiveRelationship(relationship, graph, "properties")),
        _ when CypherValues.KindOf(subject) == CypherValueKind.Map => CypherValues.AsMap(subject),
        _ => throw CypherErrors.InvalidArgumentType("A map projection", subject),
    };
}
