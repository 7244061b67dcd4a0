using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// ORDER BY … LIMIT over a plain projection: items the sort does not read are read only for the rows it keeps.
internal sealed partial class Projection
{
    /// <summary>
    /// Per item, whether it may be read after the sort: in a read-only query, a plain projection (no aggregate,
    /// DISTINCT or WITH … WHERE) sorted with a small LIMIT (the bounded heap), an item that reads one property of a
    /// variable, <c>v.key</c>, that no ORDER BY expression is or refers to. Reading a committed entity's property
    /// cannot fail, so reading it later for the kept rows only gives the same rows and errors as reading it for every
    /// row — without reading a value per row the sort throws away (a scan's text-filter keeps 20 of 45,000).
    /// </summary>
    private bool[]? DeferrableItems(Expression? where, long? keep)
    {
        if (_aggregating || _body.Distinct || where is not null || _context.Graph.IsWritable || _body.OrderBy.Count == 0 ||
            keep is not { } kept || kept > LargestHeap)
            return null;
        var deferrable = _items.Select(item => item.Expression is PropertyLookup { Subject: Variable } &&
            !_body.OrderBy.Any(sort => sort.Expression.Equals(item.Expression) || ExpressionScan.MayReference(sort.Expression, name => name == item.Name))).ToArray();
        return deferrable.Any(d => d) ? deferrable : null;
    }

    /// <summary>The value of a deferrable item for one row: a marker to read later when it reads a live entity, else the value now.</summary>
    private object? ValueOrDeferred(int item, Row input)
    {
        var subject = ((Variable)((PropertyLookup)_items[item].Expression).Subject).Name;
        var entity = input.Get(subject);
        var live = entity switch
        {
            NodeRef node => node.Id <= int.MaxValue && _context.Graph.NodeExists((int)node.Id),
            RelationshipRef relationship => relationship.Id <= int.MaxValue && _context.Graph.RelationshipExists((int)relationship.Id),
            _ => false,
        };
        return live ? new DeferredRead(_compiled[item], input) : _context.Evaluate(_compiled[item], input);
    }

    /// <summary>A kept row with its deferred items read (the row rebuilt in item order, as projected).</summary>
    private Row ReadDeferred(Row output)
    {
        var rebuilt = Row.Empty;
        foreach (var (name, _) in _items)
        {
            var value = output.Get(name);
            rebuilt = rebuilt.With(name, value is DeferredRead read ? _context.Evaluate(read.Expression, read.Input) : value);
        }
        return rebuilt;
    }

    /// <summary>An item's expression and the row to read it for, once the row is kept.</summary>
    private sealed record DeferredRead(CompiledExpression Expression, Row Input);
}
