using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher;

/// <summary>
/// Turns a syntax tree back into canonical Cypher: upper-case keywords, single spaces, minimal parentheses.
/// Parsing the printed text gives back an equal tree.
/// </summary>
public static partial class CypherPrinter
{
    public static string Print(Query query) => query switch
    {
        SingleQuery single => PrintSingleQuery(single),
        UnionQuery union => $"{Print(union.Left)} UNION {(union.All ? "ALL " : "")}{PrintSingleQuery(union.Right)}",
        SchemaCommand command => PrintSchemaCommand(command),
        ExplainedQuery explained => (explained.Profile ? "PROFILE " : "EXPLAIN ") + Print(explained.Query),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.GetType().Name, "Unknown query kind"),
    };

    public static string PrintClause(Clause clause) => clause switch
    {
        MatchClause match => $"{(match.Optional ? "OPTIONAL " : "")}MATCH {PrintPattern(match.Pattern)}{PrintWhere(match.Where)}",
        UnwindClause unwind => $"UNWIND {PrintExpression(unwind.Source)} AS {Name(unwind.Variable.Name)}",
        WithClause with => $"WITH {PrintProjectionBody(with.Body)}{PrintWhere(with.Where)}",
        ReturnClause ret => $"RETURN {PrintProjectionBody(ret.Body)}",
        CreateClause create => $"CREATE {PrintPattern(create.Pattern)}",
        MergeClause merge => PrintMerge(merge),
        SetClause set => "SET " + string.Join(", ", set.Items.Select(PrintSetItem)),
        RemoveClause remove => "REMOVE " + string.Join(", ", remove.Items.Select(PrintRemoveItem)),
        DeleteClause delete => $"{(delete.Detach ? "DETACH " : "")}DELETE {PrintList(delete.Targets)}",
        ForeachClause each => PrintForeach(each),
        CallClause call => PrintCall(call),
        SubqueryCallClause subquery => PrintSubqueryCall(subquery),
        _ => throw new ArgumentOutOfRangeException(nameof(clause), clause.GetType().Name, "Unknown clause kind"),
    };

    private static string PrintSingleQuery(SingleQuery query) => string.Join(" ", query.Clauses.Select(PrintClause));

    private static string PrintWhere(Expression? where) => where is null ? "" : " WHERE " + PrintExpression(where);

    private static string PrintList(IEnumerable<Expression> expressions) =>
        string.Join(", ", expressions.Select(PrintExpression));

    private static string PrintProjectionBody(ProjectionBody body)
    {
        var items = new List<string>();
        if (body.IncludeExisting)
        {
            items.Add("*");
        }

        items.AddRange(body.Items.Select(PrintProjectionItem));
        var text = (body.Distinct ? "DISTINCT " : "") + string.Join(", ", items);
        if (body.OrderBy.Count > 0)
        {
            text += " ORDER BY " + string.Join(", ", body.OrderBy.Select(PrintSortItem));
        }

        text += body.Skip is null ? "" : " SKIP " + PrintExpression(body.Skip);
        return text + (body.Limit is null ? "" : " LIMIT " + PrintExpression(body.Limit));
    }

    private static string PrintProjectionItem(ProjectionItem item) =>
        PrintExpression(item.Expression) + (item.Alias is null ? "" : " AS " + Name(item.Alias.Name));

    private static string PrintSortItem(SortItem item) => PrintExpression(item.Expression) + (item.Descending ? " DESC" : "");

    private static string PrintMerge(MergeClause merge)
    {
        var text = "MERGE " + PrintPatternPart(merge.Pattern);
        foreach (var action in merge.Actions)
        {
            var items = string.Join(", ", action.Items.Select(PrintSetItem));
            text += $" ON {(action.OnCreate ? "CREATE" : "MATCH")} SET {items}";
        }

        return text;
    }

    private static string PrintSetItem(SetItem item) => item switch
    {
        SetPropertyItem property => $"{PrintExpression(property.Target)} = {PrintExpression(property.Value)}",
        SetVariableItem variable =>
            $"{Name(variable.Target.Name)} {(variable.Merge ? "+=" : "=")} {PrintExpression(variable.Value)}",
        SetLabelsItem labels => Name(labels.Target.Name) + PrintLabels(labels.Labels) + PrintDynamicLabels(labels.Dynamic),
        SetDynamicPropertyItem dynamic => $"{PrintExpression(new IndexExpression(dynamic.Subject, dynamic.Key))} = {PrintExpression(dynamic.Value)}",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown SET item"),
    };

    private static string PrintDynamicLabels(IEnumerable<Expression> labels) => string.Concat(labels.Select(label => ":$(" + PrintExpression(label) + ")"));

    private static string PrintRemoveItem(RemoveItem item) => item switch
    {
        RemovePropertyItem property => PrintExpression(property.Target),
        RemoveLabelsItem labels => Name(labels.Target.Name) + PrintLabels(labels.Labels) + PrintDynamicLabels(labels.Dynamic),
        RemoveDynamicPropertyItem dynamic => PrintExpression(new IndexExpression(dynamic.Subject, dynamic.Key)),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown REMOVE item"),
    };

    private static string PrintForeach(ForeachClause each)
    {
        var updates = string.Join(" ", each.Updates.Select(PrintClause));
        return $"FOREACH ({Name(each.Variable.Name)} IN {PrintExpression(each.Source)} | {updates})";
    }

    private static string PrintSubqueryCall(SubqueryCallClause call)
    {
        var scope = call.ImportsAll ? " (*)"
            : call.ScopeVariables is { } variables ? " (" + string.Join(", ", variables.Select(v => Name(v.Name))) + ")" : "";
        return (call.Optional ? "OPTIONAL CALL" : "CALL") + scope + " { " + Print(call.Query) + " }"
            + (call.InTransactions is { } batching ? PrintTransactionBatching(batching) : "");
    }

    private static string PrintTransactionBatching(TransactionBatching batching)
    {
        var text = " IN " + (batching.Concurrency is { } concurrency ? PrintExpression(concurrency) + " CONCURRENT " : "") + "TRANSACTIONS";
        text += batching.BatchSize is { } size ? " OF " + PrintExpression(size) + " ROWS" : "";
        text += batching.OnError == "FAIL" ? "" : " ON ERROR " + batching.OnError;
        return text + (batching.ReportStatus is { } status ? " REPORT STATUS AS " + Name(status.Name) : "");
    }

    private static string PrintCall(CallClause call)
    {
        var text = (call.Optional ? "OPTIONAL CALL " : "CALL ") + QualifiedName(call.ProcedureName);
        if (call.Arguments is not null)
        {
            text += "(" + PrintList(call.Arguments) + ")";
        }

        if (call.YieldAll)
        {
            text += " YIELD *";
        }
        else if (call.Yield is not null)
        {
            text += " YIELD " + string.Join(", ", call.Yield.Select(PrintYieldItem));
        }

        return text + PrintWhere(call.Where);
    }

    private static string PrintYieldItem(YieldItem item) =>
        Name(item.Field) + (item.Alias is null ? "" : " AS " + Name(item.Alias.Name));

    private static string PrintLabels(IEnumerable<string> labels) => string.Concat(labels.Select(label => ":" + Name(label)));

    /// <summary>Prints a namespaced name such as db.labels, quoting each part when needed.</summary>
    private static string QualifiedName(string name) => string.Join(".", name.Split('.').Select(Name));
}
