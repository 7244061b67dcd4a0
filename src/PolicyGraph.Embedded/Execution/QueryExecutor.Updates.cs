using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// SET, REMOVE, DELETE and FOREACH. They change entities, never the row bindings.
internal sealed partial class QueryExecutor
{
    private IEnumerable<Row> Set(SetClause set, IEnumerable<Row> rows)
    {
        _context.RequireWritable("SET");
        return rows.Select(row =>
        {
            ApplySetItems(set.Items, row);
            return row;
        });
    }

    private void ApplySetItems(IEnumerable<SetItem> items, Row row)
    {
        foreach (var item in items)
        {
            _context.Tick();
            switch (item)
            {
                case SetPropertyItem property:
                    SetProperty(_context.Evaluate(property.Target.Subject, row), property.Target.Key, _context.Evaluate(property.Value, row), item);
                    break;
                case SetVariableItem variable:
                    SetAllProperties(row.Get(variable.Target.Name), _context.Evaluate(variable.Value, row), variable.Merge, item);
                    break;
                case SetLabelsItem labels:
                    var added = WithDynamicLabels(labels.Labels, labels.Dynamic, row);
                    ForNode(row.Get(labels.Target.Name), item, id => { foreach (var label in added) _context.Graph.AddLabel(id, label); });
                    break;
                case SetDynamicPropertyItem dynamic:
                    SetProperty(_context.Evaluate(dynamic.Subject, row), DynamicNames.PropertyKey(dynamic.Key, _context.Evaluate(dynamic.Key, row)),
                        _context.Evaluate(dynamic.Value, row), item);
                    break;
            }
        }
    }

    private IEnumerable<Row> Remove(RemoveClause remove, IEnumerable<Row> rows)
    {
        _context.RequireWritable("REMOVE");
        return rows.Select(row =>
        {
            foreach (var item in remove.Items)
            {
                if (item is RemovePropertyItem property)
                    SetProperty(_context.Evaluate(property.Target.Subject, row), property.Target.Key, null, item);
                else if (item is RemoveLabelsItem labels)
                {
                    var removed = WithDynamicLabels(labels.Labels, labels.Dynamic, row);
                    ForNode(row.Get(labels.Target.Name), item, id => { foreach (var label in removed) _context.Graph.RemoveLabel(id, label); });
                }
                else if (item is RemoveDynamicPropertyItem dynamic)
                    SetProperty(_context.Evaluate(dynamic.Subject, row), DynamicNames.PropertyKey(dynamic.Key, _context.Evaluate(dynamic.Key, row)), null, item);
            }
            return row;
        });
    }

    /// <summary>The labels written and those SET / REMOVE n:$(…) give for this row.</summary>
    private IReadOnlyList<string> WithDynamicLabels(IReadOnlyList<string> written, IReadOnlyList<Expression> dynamic, Row row) =>
        dynamic.Count == 0 ? written : [.. written, .. dynamic.SelectMany(e => DynamicNames.Of(e, _context.Evaluate(e, row)))];

    private void SetProperty(object? target, string key, object? value, AstNode at)
    {
        switch (target)
        {
            case null:
                return;
            case NodeRef node:
                _context.Graph.SetNodeProperty((int)node.Id, key, value);
                return;
            case RelationshipRef relationship:
                _context.Graph.SetRelationshipProperty((int)relationship.Id, key, value);
                return;
            default:
                throw ExecutionErrors.At(at, "TypeError", "InvalidArgumentType",
                    $"Properties can only be set on nodes and relationships, not on {CypherValues.TypeName(target)}");
        }
    }

    /// <summary>SET e = map replaces all properties; SET e += map only adds or overwrites (null removes).</summary>
    private void SetAllProperties(object? target, object? source, bool merge, AstNode at)
    {
        if (target is null) return;
        var properties = source switch
        {
            null => new Dictionary<string, object?>(),
            NodeRef node => _context.Graph.PropertiesOf(node),
            RelationshipRef relationship => _context.Graph.PropertiesOf(relationship),
            IReadOnlyDictionary<string, object?> map => map,
            _ => throw ExecutionErrors.At(at, "TypeError", "InvalidArgumentType",
                $"SET needs a map, a node or a relationship on the right, not {CypherValues.TypeName(source)}"),
        };
        if (!merge)
        {
            var current = target switch
            {
                NodeRef node => _context.Graph.PropertiesOf(node),
                RelationshipRef relationship => _context.Graph.PropertiesOf(relationship),
                _ => new Dictionary<string, object?>(),
            };
            foreach (var key in current.Keys.Where(k => !properties.ContainsKey(k)).ToList()) SetProperty(target, key, null, at);
        }
        foreach (var (key, value) in properties) SetProperty(target, key, value, at);
    }

    private static void ForNode(object? target, AstNode at, Action<int> action)
    {
        if (target is null) return;
        if (target is not NodeRef node)
            throw ExecutionErrors.At(at, "TypeError", "InvalidArgumentType",
                $"Labels can only be changed on nodes, not on {CypherValues.TypeName(target)}");
        action((int)node.Id);
    }

    private IEnumerable<Row> Delete(DeleteClause delete, IEnumerable<Row> rows)
    {
        _context.RequireWritable("DELETE");
        return rows.Select(row =>
        {
            foreach (var target in delete.Targets) DeleteValue(_context.Evaluate(target, row), delete.Detach, target);
            return row;
        });
    }

    private void DeleteValue(object? value, bool detach, AstNode at)
    {
        switch (value)
        {
            case null:
                return;
            case NodeRef node:
                _context.Graph.DeleteNode((int)node.Id, detach);
                return;
            case RelationshipRef relationship:
                _context.Graph.DeleteRelationship((int)relationship.Id);
                return;
            case PathRef path:
                foreach (var relationship in path.Relationships) _context.Graph.DeleteRelationship((int)relationship.Id);
                foreach (var node in path.Nodes) _context.Graph.DeleteNode((int)node.Id, detach);
                return;
            default:
                throw ExecutionErrors.At(at, "TypeError", "InvalidArgumentType",
                    $"DELETE expects a node, a relationship or a path, not {CypherValues.TypeName(value)}");
        }
    }

    private IEnumerable<Row> Foreach(ForeachClause @foreach, IEnumerable<Row> rows)
    {
        _context.RequireWritable("FOREACH");
        return rows.Select(row =>
        {
            var source = _context.Evaluate(@foreach.Source, row);
            if (source is null) return row;
            foreach (var element in CypherValues.AsList(source))
            {
                var scope = new List<string>();
                IEnumerable<Row> inner = [row.With(@foreach.Variable.Name, element)];
                foreach (var clause in @foreach.Updates) inner = ApplyClause(clause, inner, scope).ToList();
            }
            return row;
        });
    }
}
