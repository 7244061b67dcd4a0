using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Expressions.Aggregation;

namespace PolicyGraph.Embedded.Execution;

// Aggregation: items without aggregates are the grouping key; every aggregate call gets one aggregator per group.
internal sealed partial class Projection
{
    private IEnumerable<(Row Output, IRow SortScope)> Aggregate(IEnumerable<WeightedRow> input, Func<Expression, bool>? countsRows)
    {
        var keyItems = _items.Where(i => !ExpressionScan.ContainsAggregate(i.Expression)).ToArray();
        var calls = _items.SelectMany(i => ExpressionScan.FindAggregates(i.Expression)).ToArray();
        // What each call aggregates: a call that counts rows whatever its argument is fed as count(*).
        var fed = calls.Select(call => countsRows is not null && countsRows(call) ? new CountStar() : call).ToArray();
        var groups = new GroupTable<Group>();
        // The key is evaluated into one reused probe array; only a new group gets its own copy.
        var keys = new GroupingKeys(_context, keyItems.Select(k => k.Expression).ToArray());
        var feeds = fed.Select(CompileArguments).ToArray();
        var holding = CreateAggregators(fed).Select(a => a.HoldsValues).ToArray();
        var sources = ItemSources(keyItems, calls);
        // A group keeps its first row only for items computed over aggregates: otherwise thousands of live groups
        // would each pin a whole row chain while the loop allocates.
        var keepsFirstRow = sources.Any(source => source.Kind == ItemSourceKind.Computed);
        Group? previous = null;
        foreach (var (row, weight) in input)
        {
            _context.Tick();
            var sameAsPrevious = keys.Evaluate(row) && previous is not null;
            if (!sameAsPrevious)
            {
                var hash = GroupTable<Group>.HashOf(keys.Current);
                if (!groups.TryGetValue(keys.Current, hash, out previous))
                {
                    var key = new object?[keys.Current.Length];
                    keys.Current.CopyTo(key, 0);
                    _context.Budget.ReserveRow(key.Length + calls.Length);
                    previous = new Group(keepsFirstRow ? Stable(row) : Row.Empty, key, CreateAggregators(fed));
                    groups.Add(key, hash, previous);
                }
            }
            for (var i = 0; i < calls.Length; i++) Feed(previous!.Aggregators[i], feeds[i], row, weight, holding[i], calls[i]);
        }
        // Without grouping keys an aggregation yields one row even for no input (count(*) = 0).
        IEnumerable<Group> order = groups.InOrder();
        if (groups.Count == 0 && keyItems.Length == 0)
            order = [new Group(Row.Empty, [], CreateAggregators(fed))];
        else if (TopGroupsToKeep(sources) is { } keep && groups.Count > keep)
            order = TopGroups(order, keep, sources);
        foreach (var group in order)
        {
            var results = new object?[calls.Length];
            for (var i = 0; i < calls.Length; i++) results[i] = group.Aggregators[i].Result();
            var output = Finish(group, sources, calls, results);
            // ORDER BY / WHERE see the columns, and aggregates written again (e.g. ORDER BY count(*) DESC) by structure.
            yield return (output, new AggregateRow(output, calls, results));
        }
    }

    /// <summary>
    /// With ORDER BY … LIMIT over columns that are plain keys or aggregates, only the groups that can make the cut
    /// need output rows: their sort keys come straight from the group. Null when the general path must run.
    /// </summary>
    private int? TopGroupsToKeep(ItemSource[] sources)
    {
        if (_body.OrderBy.Count == 0 || _body.Distinct || _body.Limit is null) return null;
        foreach (var item in _body.OrderBy)
        {
            var column = OrderColumn(item.Expression);
            if (column < 0 || sources[column].Kind == ItemSourceKind.Computed) return null;
        }
        var keep = RowsToKeep(CountArgument(_body.Skip, "SKIP"), CountArgument(_body.Limit, "LIMIT"));
        return keep < int.MaxValue ? (int)keep : null;
    }

    /// <summary>
    /// The <paramref name="keep"/> groups that sort first (ties by arrival, as the sort breaks them), returned in
    /// arrival order so the sort after them sees the same order as without the cut.
    /// </summary>
    private IEnumerable<Group> TopGroups(IEnumerable<Group> groups, int keep, ItemSource[] sources)
    {
        if (keep == 0) return [];
        var columns = _body.OrderBy.Select(o => OrderColumn(o.Expression)).ToArray();
        var comparer = Comparer<(Group Group, object?[] Keys, int Arrival)>.Create((a, b) => CompareGroupKeys(b, a));
        var heap = new PriorityQueue<(Group, object?[], int), (Group Group, object?[] Keys, int Arrival)>(comparer);
        var arrival = 0;
        // Sort keys go into one probe array; only a group that enters the heap gets its own copy.
        var probe = new object?[columns.Length];
        foreach (var group in groups)
        {
            _context.Tick();
            for (var i = 0; i < columns.Length; i++)
            {
                var source = sources[columns[i]];
                probe[i] = source.Kind == ItemSourceKind.Key ? group.Key[source.Index] : group.Aggregators[source.Index].Result();
            }
            var entry = (group, probe, arrival++);
            if (heap.Count == keep && CompareGroupKeys(entry, heap.Peek()) >= 0) continue;
            entry.probe = (object?[])probe.Clone();
            if (heap.Count < keep) heap.Enqueue(entry, entry);
            else heap.DequeueEnqueue(entry, entry);
        }
        return heap.UnorderedItems.Select(item => item.Element).OrderBy(e => e.Item3).Select(e => e.Item1).ToList();
    }

    /// <summary>The item an ORDER BY expression sorts by: the same expression, or the column it names; -1 for neither.</summary>
    private int OrderColumn(Expression expression)
    {
        var same = Array.FindIndex(_items, i => i.Expression.Equals(expression));
        return same >= 0 || expression is not Variable { Name: var name } ? same : Array.FindIndex(_items, i => i.Name == name);
    }

    private int CompareGroupKeys((Group Group, object?[] Keys, int Arrival) left, (Group Group, object?[] Keys, int Arrival) right)
    {
        for (var i = 0; i < left.Keys.Length; i++)
        {
            var comparison = Values.CypherOrdering.CompareValues(left.Keys[i], right.Keys[i]);
            if (comparison != 0) return _body.OrderBy[i].Descending ? -comparison : comparison;
        }
        return left.Arrival.CompareTo(right.Arrival);
    }

    /// <summary>Where each item's value comes from, worked out once: a join can produce tens of thousands of groups.</summary>
    private ItemSource[] ItemSources((string Name, Expression Expression)[] keyItems, Expression[] calls)
    {
        var sources = new ItemSource[_items.Length];
        var keyIndex = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            var expression = _items[i].Expression;
            var call = ReferenceIndex(calls, expression);
            sources[i] = keyIndex < keyItems.Length && ReferenceEquals(keyItems[keyIndex].Expression, expression)
                ? new ItemSource(ItemSourceKind.Key, keyIndex++)
                : call >= 0 ? new ItemSource(ItemSourceKind.Aggregate, call) : new ItemSource(ItemSourceKind.Computed, -1);
        }
        return sources;
    }

    private Row Finish(Group group, ItemSource[] sources, Expression[] calls, object?[] results)
    {
        AggregateRow? aggregateRow = null;
        var output = Row.Empty;
        for (var i = 0; i < _items.Length; i++)
        {
            var value = sources[i].Kind switch
            {
                ItemSourceKind.Key => group.Key[sources[i].Index],
                ItemSourceKind.Aggregate => results[sources[i].Index],
                _ => _context.Evaluate(_compiled[i], aggregateRow ??= new AggregateRow(group.First, calls, results)),
            };
            output = output.With(_items[i].Name, value);
        }
        return output;
    }

    private static int ReferenceIndex(Expression[] calls, Expression expression)
    {
        for (var i = 0; i < calls.Length; i++)
            if (ReferenceEquals(calls[i], expression)) return i;
        return -1;
    }

    private static IAggregator[] CreateAggregators(Expression[] calls)
    {
        var aggregators = new IAggregator[calls.Length];
        for (var i = 0; i < calls.Length; i++) aggregators[i] = CreateAggregator(calls[i]);
        return aggregators;
    }

    private static IAggregator CreateAggregator(Expression call) => call switch
    {
        FunctionCall function => AggregatorFactory.Create(function.Name, function.Distinct),
        _ => AggregatorFactory.CreateCountStar(),
    };

    /// <summary>The compiled first and (for percentiles) second argument of an aggregate call; none for count(*).</summary>
    private CompiledExpression[] CompileArguments(Expression call) =>
        call is FunctionCall function ? function.Arguments.Take(2).Select(_context.Compile).ToArray() : [];

    /// <summary>Feeds one row (standing for <paramref name="weight"/> rows); errors are located at the aggregate call.</summary>
    private void Feed(IAggregator aggregator, CompiledExpression[] arguments, IRow row, long weight, bool holds, Expression call)
    {
        try
        {
            if (arguments.Length > 1 && aggregator is IParameterizedAggregator parameterized)
                parameterized.SetArgument(_context.Evaluate(arguments[1], row));
            var value = arguments.Length > 0 ? _context.Evaluate(arguments[0], row) : null;
            if (holds) _context.Budget.ReserveElements(weight);
            if (weight == 1) aggregator.Add(value);
            else aggregator.AddRepeated(value, weight);
        }
        catch (CypherException error) when (error.Line is null)
        {
            throw Values.CypherErrors.Located(error, call);
        }
    }

    private static Row Stable(IRow row) => row switch
    {
        Row immutable => immutable,
        TupleRow reused => reused.ToRow(),
        _ => Row.Nested(row),
    };

    private sealed record Group(Row First, object?[] Key, IAggregator[] Aggregators);

    private enum ItemSourceKind
    {
        /// <summary>A grouping key: <see cref="ItemSource.Index"/> is its position in the group's key.</summary>
        Key,

        /// <summary>An aggregate call on its own: <see cref="ItemSource.Index"/> is the call's position.</summary>
        Aggregate,

        /// <summary>An expression over aggregates (and the group's first row), evaluated per group.</summary>
        Computed,
    }

    private readonly record struct ItemSource(ItemSourceKind Kind, int Index);

    /// <summary>
    /// Variables from <paramref name="bindings"/> plus the finished aggregates. A call is found by reference (the
    /// projection's own calls) or else by structure, since syntax-tree equality ignores positions: a repeated
    /// <c>count(*)</c> in ORDER BY finds the same value.
    /// </summary>
    private sealed class AggregateRow(Row bindings, Expression[] calls, object?[] results) : IAggregateRow
    {
        public bool TryGetValue(string variable, out object? value) => bindings.TryGetValue(variable, out value);

        public IReadOnlyCollection<string> VariableNames() => bindings.VariableNames();

        public bool TryGetAggregate(Expression aggregateCall, out object? value)
        {
            var index = ReferenceIndex(calls, aggregateCall);
            if (index < 0) index = StructuralIndex(aggregateCall);
            value = index < 0 ? null : results[index];
            return index >= 0;
        }

        private int StructuralIndex(Expression aggregateCall)
        {
            for (var i = 0; i < calls.Length; i++)
                if (calls[i].Equals(aggregateCall)) return i;
            return -1;
        }
    }
}

/// <summary>A row standing for <paramref name="Rows"/> identical rows.</summary>
internal readonly record struct WeightedRow(IRow Row, long Rows);
