using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Expressions.Aggregation;

namespace PolicyGraph.Embedded.Execution;

// Aggregation: items without aggregates are the grouping key; every aggregate call gets one aggregator per group.
internal sealed partial class Projection
{
    private IEnumerable<(Row Output, IRow SortScope)> Aggregate(IEnumerable<Row> input)
    {
        var keyItems = _items.Where(i => !ExpressionScan.ContainsAggregate(i.Expression)).ToArray();
        var calls = _items.SelectMany(i => ExpressionScan.FindAggregates(i.Expression)).ToArray();
        var groups = new Dictionary<object?[], Group>(RowValuesComparer.Instance);
        var order = new List<Group>();
        // The key is evaluated into one reused probe array; only a new group gets its own copy.
        var keys = new GroupingKeys(_context, keyItems.Select(k => k.Expression).ToArray());
        var feeds = calls.Select(CompileArguments).ToArray();
        Group? previous = null;
        foreach (var row in input)
        {
            _context.Tick();
            var sameAsPrevious = keys.Evaluate(row) && previous is not null;
            if (!sameAsPrevious && !groups.TryGetValue(keys.Current, out previous))
            {
                var key = (object?[])keys.Current.Clone();
                previous = new Group(row, key, calls.Select(CreateAggregator).ToArray());
                groups[key] = previous;
                order.Add(previous);
            }
            for (var i = 0; i < calls.Length; i++) Feed(previous!.Aggregators[i], feeds[i], row);
        }
        // Without grouping keys an aggregation yields one row even for no input (count(*) = 0).
        if (order.Count == 0 && keyItems.Length == 0)
            order.Add(new Group(Row.Empty, [], calls.Select(CreateAggregator).ToArray()));
        foreach (var group in order)
        {
            var results = new object?[calls.Length];
            for (var i = 0; i < calls.Length; i++) results[i] = group.Aggregators[i].Result();
            var output = Finish(group, keyItems, calls, results);
            // ORDER BY / WHERE see the columns, and aggregates written again (e.g. ORDER BY count(*) DESC) by structure.
            yield return (output, new AggregateRow(output, calls, results));
        }
    }

    private Row Finish(Group group, (string Name, Expression Expression)[] keyItems, Expression[] calls, object?[] results)
    {
        var aggregateRow = new AggregateRow(group.First, calls, results);
        var output = Row.Empty;
        var keyIndex = 0;
        foreach (var (name, expression) in _items)
        {
            var isKey = keyIndex < keyItems.Length && ReferenceEquals(keyItems[keyIndex].Expression, expression);
            var value = isKey ? group.Key[keyIndex++] : _context.Evaluate(expression, aggregateRow);
            output = output.With(name, value);
        }
        return output;
    }

    private static IAggregator CreateAggregator(Expression call) => call switch
    {
        FunctionCall function => AggregatorFactory.Create(function.Name, function.Distinct),
        _ => AggregatorFactory.CreateCountStar(),
    };

    /// <summary>The compiled first and (for percentiles) second argument of an aggregate call; none for count(*).</summary>
    private CompiledExpression[] CompileArguments(Expression call) =>
        call is FunctionCall function ? function.Arguments.Take(2).Select(_context.Compile).ToArray() : [];

    private void Feed(IAggregator aggregator, CompiledExpression[] arguments, Row row)
    {
        if (arguments.Length > 1 && aggregator is IParameterizedAggregator parameterized)
            parameterized.SetArgument(_context.Evaluate(arguments[1], row));
        aggregator.Add(arguments.Length > 0 ? _context.Evaluate(arguments[0], row) : null);
    }

    private sealed record Group(Row First, object?[] Key, IAggregator[] Aggregators);

    /// <summary>
    /// Variables from <paramref name="bindings"/> plus the finished aggregates. A call is found by reference (the
    /// projection's own calls) or else by structure, since syntax-tree equality ignores positions: a repeated
    /// <c>count(*)</c> in ORDER BY finds the same value.
    /// </summary>
    private sealed class AggregateRow(Row bindings, Expression[] calls, object?[] results) : IAggregateRow
    {
        public bool TryGetValue(string variable, out object? value) => bindings.TryGetValue(variable, out value);

        public bool TryGetAggregate(Expression aggregateCall, out object? value)
        {
            var index = Array.FindIndex(calls, call => ReferenceEquals(call, aggregateCall));
            if (index < 0) index = Array.FindIndex(calls, call => call.Equals(aggregateCall));
            value = index < 0 ? null : results[index];
            return index >= 0;
        }
    }
}
