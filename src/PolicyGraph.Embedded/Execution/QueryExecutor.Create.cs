using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// CREATE and MERGE.
internal sealed partial class QueryExecutor
{
    private IEnumerable<Row> Create(CreateClause create, IEnumerable<Row> rows, List<string> scope)
    {
        _context.RequireWritable("CREATE");
        AddToScope(scope, create.Pattern.Parts.SelectMany(p => PatternPlan.From(p).Variables()));
        return rows.Select(row =>
        {
            foreach (var part in create.Pattern.Parts) row = CreatePart(PatternPlan.From(part), row, rejectNulls: false);
            return row;
        });
    }

    private IEnumerable<Row> Merge(MergeClause merge, IEnumerable<Row> rows, List<string> scope)
    {
        _context.RequireWritable("MERGE");
        var plan = PatternPlan.From(merge.Pattern);
        AddToScope(scope, plan.Variables());
        var pattern = new Pattern([merge.Pattern]);
        return rows.SelectMany(row => MergeRow(merge, plan, pattern, row));
    }

    private List<Row> MergeRow(MergeClause merge, PatternPlan plan, Pattern pattern, Row row)
    {
        var matches = _matcher.MatchPattern(pattern, row, where: null).ToList();
        var onCreate = matches.Count == 0;
        if (onCreate) matches.Add(CreatePart(plan, row, rejectNulls: true));
        foreach (var action in merge.Actions.Where(a => a.OnCreate == onCreate))
            foreach (var matched in matches) ApplySetItems(action.Items, matched);
        return matches;
    }

    /// <summary>Creates the unbound nodes and all relationships of one pattern part, binding their variables.</summary>
    private Row CreatePart(PatternPlan plan, Row row, bool rejectNulls)
    {
        var nodeIds = new int[plan.Nodes.Length];
        for (var i = 0; i < plan.Nodes.Length; i++)
            (nodeIds[i], row) = CreateOrReuseNode(plan.Nodes[i], row, rejectNulls);
        var relationshipIds = new int[plan.Relationships.Length];
        for (var i = 0; i < plan.Relationships.Length; i++)
            (relationshipIds[i], row) = CreateRelationship(plan.Relationships[i], nodeIds[i], nodeIds[i + 1], row, rejectNulls);
        if (plan.PathVariable is null) return row;
        var path = new PathRef(
            nodeIds.Select(id => new NodeRef(id)).ToArray(),
            relationshipIds.Select(id => new RelationshipRef(id)).ToArray());
        return row.With(plan.PathVariable.Name, path);
    }

    private (int Id, Row Row) CreateOrReuseNode(NodePattern node, Row row, bool rejectNulls)
    {
        var variable = node.Variable?.Name;
        if (variable is not null && row.TryGetValue(variable, out var existing))
        {
            return existing is NodeRef reference
                ? ((int)reference.Id, row)
                : throw ExecutionErrors.At(node, "TypeError", "InvalidArgumentType",
                    $"Cannot create a relationship to '{variable}' because it is {CypherValues.TypeName(existing)}, not a node");
        }
        var properties = PropertiesToCreate(node.Properties, row, rejectNulls);
        var id = _context.Graph.CreateNode(LabelsToCreate(node, row), properties);
        return (id, variable is null ? row : row.With(variable, new NodeRef(id)));
    }

    private (int Id, Row Row) CreateRelationship(RelationshipPattern pattern, int left, int right, Row row, bool rejectNulls)
    {
        if (pattern.Types.Count != 1 && pattern.DynamicType is null)
            throw new CypherException("SyntaxError", "NoSingleRelationshipType", QueryPhase.CompileTime,
                "A relationship must have exactly one type to be created.", pattern.Position.Line, pattern.Position.Column);
        var variable = pattern.Variable?.Name;
        if (variable is not null && row.TryGetValue(variable, out var existing) && existing is RelationshipRef bound)
            return ((int)bound.Id, row);
        var (start, end) = pattern.Direction == RelationshipDirection.Incoming ? (right, left) : (left, right);
        var properties = PropertiesToCreate(pattern.Properties, row, rejectNulls);
        var type = pattern.DynamicType is { } dynamic
            ? DynamicNames.SingleType(dynamic.Expression, _context.Evaluate(dynamic.Expression, row))
            : pattern.Types[0];
        var id = _context.Graph.CreateRelationship(type, start, end, properties);
        return (id, variable is null ? row : row.With(variable, new RelationshipRef(id)));
    }

    /// <summary>The labels a created node gets: those written and those its $(…) give (semantic analysis allows only a conjunction).</summary>
    private IReadOnlyList<string> LabelsToCreate(NodePattern node, Row row)
    {
        if (node.LabelExpression is null) return node.Labels;
        var labels = new List<string>();
        AddCreatedLabels(node.LabelExpression, row, labels);
        return labels.Distinct(StringComparer.Ordinal).ToList();
    }

    private void AddCreatedLabels(LabelExpression expression, Row row, List<string> labels)
    {
        switch (expression)
        {
            case LabelName name:
                labels.Add(name.Name);
                break;
            case DynamicLabel dynamic:
                labels.AddRange(DynamicNames.Of(dynamic.Expression, _context.Evaluate(dynamic.Expression, row)));
                break;
            case LabelConjunction both:
                AddCreatedLabels(both.Left, row, labels);
                AddCreatedLabels(both.Right, row, labels);
                break;
        }
    }

    /// <summary>
    /// The non-null entries of a pattern's property map. MERGE rejects null values: it could never match them
    /// again, so it would create duplicates on every run.
    /// </summary>
    private List<KeyValuePair<string, object?>> PropertiesToCreate(Expression? expression, Row row, bool rejectNulls)
    {
        if (expression is null) return [];
        var map = _context.Evaluate(expression, row) as IReadOnlyDictionary<string, object?>
                  ?? throw ExecutionErrors.At(expression, "TypeError", "InvalidArgumentType", "Pattern properties must be a map");
        var nullKey = map.FirstOrDefault(e => e.Value is null).Key;
        if (rejectNulls && nullKey is not null)
            throw ExecutionErrors.At(expression, "SemanticError", "MergeReadOwnWrites",
                $"Cannot merge a node or relationship using a null property value for '{nullKey}'");
        return map.Where(e => e.Value is not null).ToList();
    }
}
