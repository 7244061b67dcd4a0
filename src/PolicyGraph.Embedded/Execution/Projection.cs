using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// WITH / RETURN: projection (with aggregation when an item aggregates), DISTINCT, ORDER BY, SKIP and LIMIT.
/// ORDER BY sees the projected columns and, for a plain projection, the variables from before it as well.
/// </summary>
internal sealed partial class Projection
{
    private readonly ExecutionContext _context;
    private readonly ProjectionBody _body;
    private readonly (string Name, Expression Expression)[] _items;
    private readonly CompiledExpression[] _compiled;
    private readonly bool _aggregating;
    private readonly bool _orderReadsInput;

    public Projection(ExecutionContext context, ProjectionBody body, IEnumerable<string> scope)
    {
        _context = context;
        _body = body;
        var existing = body.IncludeExisting
            ? scope.Where(v => body.Items.All(i => i.ColumnName != v)).Order(StringComparer.Ordinal)
                .Select(v => (v, (Expression)new Variable(v)))
            : [];
        _items = [.. existing, .. body.Items.Select(i => (i.ColumnName, i.Expression))];
        _compiled = _items.Select(i => context.Compile(i.Expression)).ToArray();
        _aggregating = _items.Any(i => ExpressionScan.ContainsAggregate(i.Expression));
        _orderReadsInput = body.OrderBy.Any(s => ReadsInput(s.Expression));
    }

    /// <summary>Whether an expression after the projection may read a variable it did not project.</summary>
    private bool ReadsInput(Expression expression) =>
        ExpressionScan.MayReference(expression, name => !_items.Any(i => i.Name == name));

    public IReadOnlyList<string> Columns => _items.Select(i => i.Name).ToArray();

    /// <param name="where">WITH's filter: it sees the projected columns and, for a plain projection, the earlier variables too.</param>
    public IEnumerable<Row> Apply(IEnumerable<Row> input, Expression? where)
    {
        if (_aggregating) return Finish(Aggregate(input.Select(row => new WeightedRow(row, 1)), countsRows: null), where);
        var deferrable = DeferrableItems(where, RowsToKeep(CountArgument(_body.Skip, "SKIP"), CountArgument(_body.Limit, "LIMIT")));
        return Finish(input.Select(ProjectPlain(where, deferrable)), where, deferrable);
    }

    /// <summary>
    /// An aggregating projection over rows that each stand for <see cref="WeightedRow.Rows"/> identical rows
    /// (what a factorised match produces).
    /// </summary>
    /// <param name="countsRows">Aggregate calls that count rows whatever their argument, like count(*): the rows
    /// do not bind what they count.</param>
    public IEnumerable<Row> ApplyAggregating(IEnumerable<WeightedRow> input, Expression? where, Func<Expression, bool> countsRows)
    {
        if (!_aggregating) throw new InvalidOperationException("Weighted rows can only feed an aggregating projection.");
        return Finish(Aggregate(input, countsRows), where);
    }

    public bool Aggregates => _aggregating;

    /// <param name="deferred">Items left to read for the kept rows (see <see cref="DeferrableItems"/>), or null.</param>
    private IEnumerable<Row> Finish(IEnumerable<(Row Output, IRow SortScope)> projected, Expression? where, bool[]? deferred = null)
    {
        if (_body.Distinct) projected = Distinct(projected);
        var skip = CountArgument(_body.Skip, "SKIP");
        var limit = CountArgument(_body.Limit, "LIMIT");
        if (_body.OrderBy.Count > 0) projected = Sort(projected, RowsToKeep(skip, limit));
        if (skip is > 0) projected = projected.Skip(ClampToInt(skip.Value));
        if (limit is not null) projected = projected.Take(ClampToInt(limit.Value));
        if (where is not null) projected = projected.Where(p => _context.IsTrue(where, p.SortScope));
        var rows = projected.Select(p => p.Output);
        return ExecutionErrors.Locating(deferred is null ? rows : rows.Select(ReadDeferred), _body);
    }

    /// <summary>
    /// Projects one row at a time. The row the ORDER BY and WHERE see (the input with the projected columns on top) is
    /// made only when they read a variable the projection drops; otherwise they see the output row, which binds the
    /// same values, and a sorted row holds one set of bindings, not two.
    /// </summary>
    private Func<Row, (Row Output, IRow SortScope)> ProjectPlain(Expression? where, bool[]? deferrable)
    {
        var needsScope = !_body.Distinct && (_orderReadsInput || (where is not null && ReadsInput(where)));
        return input =>
        {
            _context.Tick();
            var output = Row.Empty;
            var sortScope = input;
            for (var i = 0; i < _items.Length; i++)
            {
                var value = deferrable is not null && deferrable[i] ? ValueOrDeferred(i, input) : _context.Evaluate(_compiled[i], input);
                output = output.With(_items[i].Name, value);
                if (needsScope) sortScope = sortScope.With(_items[i].Name, value);
            }
            return (output, needsScope ? sortScope : output);
        };
    }

    private IEnumerable<(Row Output, IRow SortScope)> Distinct(IEnumerable<(Row Output, IRow SortScope)> rows)
    {
        var seen = new HashSet<object?[]>(RowValuesComparer.Instance);
        foreach (var row in rows)
        {
            var key = row.Output.ValuesInOrder();
            if (!seen.Add(key)) continue;
            _context.Budget.ReserveRow(key.Length);
            yield return row;
        }
    }

    private long? CountArgument(Expression? expression, string clause)
    {
        if (expression is null) return null;
        var value = _context.Evaluate(expression, Row.Empty);
        return value switch
        {
            long n when n >= 0 => n,
            long => throw ExecutionErrors.At(expression, "SyntaxError", "NegativeIntegerArgument",
                $"{clause} must be a non-negative integer, got {value}"),
            _ => throw ExecutionErrors.At(expression, "SyntaxError", "InvalidArgumentType",
                $"{clause} must be a non-negative integer, got {CypherValues.TypeName(value)}"),
        };
    }

    /// <summary>
    /// The rows an ORDER BY must keep for SKIP and LIMIT: their sum; null (keep all) without LIMIT or when the sum
    /// passes <see cref="long.MaxValue"/>, which no input reaches anyway.
    /// </summary>
    private static long? RowsToKeep(long? skip, long? limit)
    {
        if (limit is not { } taken) return null;
        var skipped = skip ?? 0;
        return skipped > long.MaxValue - taken ? null : taken + skipped;
    }

    private static int ClampToInt(long value) => (int)Math.Min(value, int.MaxValue);
}
