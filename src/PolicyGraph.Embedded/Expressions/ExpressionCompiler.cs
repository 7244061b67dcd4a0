using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions;

/// <summary>
/// Compiles AST expressions into <see cref="CompiledExpression"/> delegates (closures over compiled children),
/// so evaluating a row does no type dispatch on the tree. Split by area into partial files.
/// Problems visible without data (unknown function, wrong arity) raise compile-time errors with the position.
/// Every node that can fail or build is guarded in one place (<see cref="Guard"/>): a runtime error gets the
/// position of the innermost expression that raised it, and a value it builds is counted against the budget.
/// </summary>
public static partial class ExpressionCompiler
{
    public static CompiledExpression Compile(Expression expression)
    {
        var compiled = CompileNode(expression);
        return expression switch
        {
            IntegerLiteral or FloatLiteral or StringLiteral or BooleanLiteral or NullLiteral or Variable or Parameter or CountStar => compiled,
            ListLiteral or MapLiteral or ListComprehension or PatternComprehension or MapProjection or FunctionCall or SliceExpression
                or BinaryExpression { Operator: BinaryOperator.Add or BinaryOperator.Concatenate } or CollectSubquery => Guard(expression, compiled, builds: true),
            _ => Guard(expression, compiled, builds: false),
        };
    }

    /// <summary>
    /// Locates runtime errors at <paramref name="node"/> (unless an inner expression already did) and, for a node that
    /// <paramref name="builds"/> values, charges what it built. An exception that is not a query error (a defect) still
    /// leaves as a <see cref="CypherException"/> of category InternalError, so no query can cause any other type.
    /// </summary>
    private static CompiledExpression Guard(Expression node, CompiledExpression inner, bool builds) => (row, context) =>
    {
        try
        {
            var value = inner(row, context);
            if (builds) context.Budget.Charge(value);
            return value;
        }
        catch (CypherException error) when (error.Line is null)
        {
            throw CypherErrors.Located(error, node);
        }
        catch (Exception error) when (error is not (CypherException or OperationCanceledException))
        {
            throw CypherErrors.Located(CypherErrors.Internal(error), node);
        }
    };

    private static CompiledExpression CompileNode(Expression expression) => expression switch
    {
        IntegerLiteral literal => Constant(literal.Value),
        FloatLiteral literal => Constant(literal.Value),
        StringLiteral literal => Constant(literal.Value),
        BooleanLiteral literal => Constant(literal.Value),
        NullLiteral => Constant(null),
        ListLiteral list => CompileList(list),
        MapLiteral map => CompileMap(map),
        Parameter parameter => CompileParameter(parameter),
        Variable variable => CompileVariable(variable),
        PropertyLookup lookup => CompilePropertyLookup(lookup),
        IndexExpression index => CompileIndex(index),
        SliceExpression slice => CompileSlice(slice),
        BinaryExpression binary => CompileBinary(binary),
        UnaryExpression unary => CompileUnary(unary),
        TypePredicate predicate => CompileTypePredicate(predicate),
        NormalizationPredicate predicate => CompileNormalizationPredicate(predicate),
        LabelPredicate labels => CompileLabelPredicate(labels),
        CaseExpression caseExpression => CompileCase(caseExpression),
        FunctionCall call => CompileFunctionCall(call),
        CountStar countStar => CompileAggregateReference(countStar),
        ListComprehension comprehension => CompileListComprehension(comprehension),
        Quantifier quantifier => CompileQuantifier(quantifier),
        Reduce reduce => CompileReduce(reduce),
        MapProjection projection => CompileMapProjection(projection),
        PatternPredicate predicate => CompilePatternPredicate(predicate),
        PatternComprehension comprehension => CompilePatternComprehension(comprehension),
        ExistsSubquery exists => CompileExists(exists),
        CountSubquery count => CompileCount(count),
        CollectSubquery collect => CompileCollect(collect),
        _ => throw Unsupported(expression, expression.GetType().Name),
    };

    private static CompiledExpression Constant(object? value) => (_, _) => value;

    private static CompiledExpression[] CompileAll(IReadOnlyList<Expression> expressions)
    {
        var compiled = new CompiledExpression[expressions.Count];
        for (var i = 0; i < compiled.Length; i++) compiled[i] = Compile(expressions[i]);
        return compiled;
    }

    private static CompiledExpression CompileList(ListLiteral list)
    {
        var items = CompileAll(list.Items);
        return (row, context) =>
        {
            var result = new object?[items.Length];
            for (var i = 0; i < items.Length; i++) result[i] = items[i](row, context);
            return result;
        };
    }

    private static CompiledExpression CompileMap(MapLiteral map)
    {
        var keys = new string[map.Entries.Count];
        var values = new CompiledExpression[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = map.Entries[i].Key;
            values[i] = Compile(map.Entries[i].Value);
        }
        return (row, context) =>
        {
            var result = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++) result[keys[i]] = values[i](row, context);
            return result;
        };
    }

    private static CompiledExpression CompileParameter(Parameter parameter)
    {
        var name = parameter.Name;
        return (_, context) => context.Parameters.TryGetValue(name, out var value)
            ? value
            : throw PolicyGraph.Cypher.CypherErrors.Compile(
                "ParameterMissing", "MissingParameter", $"Expected a value for parameter ${name}", parameter.Position);
    }

    private static CompiledExpression CompileVariable(Variable variable)
    {
        var name = variable.Name;
        return (row, _) => row.TryGetValue(name, out var value) ? value : throw UndefinedVariable(variable);
    }

    private static CypherException UndefinedVariable(Variable variable) =>
        new("SyntaxError", "UndefinedVariable", QueryPhase.Runtime,
            $"Variable `{variable.Name}` not defined (line {variable.Position.Line}, column {variable.Position.Column}).",
            variable.Position.Line, variable.Position.Column);

    private static CypherException Unsupported(AstNode node, string what) =>
        PolicyGraph.Cypher.CypherErrors.Syntax("UnsupportedExpression", $"{what} is not supported by the embedded engine", node.Position);
}
