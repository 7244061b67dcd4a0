using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Parsing;

public sealed partial class Parser
{
    private CreateClause ParseCreate()
    {
        var position = ExpectKeyword("CREATE").Position;
        return new CreateClause(ParsePattern()) { Position = position };
    }

    private MergeClause ParseMerge()
    {
        var position = ExpectKeyword("MERGE").Position;
        var pattern = ParsePatternPart();
        var actions = new List<MergeAction>();
        while (CheckKeyword("ON"))
        {
            var actionPosition = Advance().Position;
            var onCreate = MatchKeyword("CREATE");
            if (!onCreate && !MatchKeyword("MATCH"))
            {
                throw Unexpected("CREATE or MATCH");
            }

            ExpectKeyword("SET");
            actions.Add(new MergeAction(onCreate, ParseSetItems()) { Position = actionPosition });
        }

        return new MergeClause(pattern, AstList.From(actions)) { Position = position };
    }

    private SetClause ParseSet()
    {
        var position = ExpectKeyword("SET").Position;
        return new SetClause(ParseSetItems()) { Position = position };
    }

    private AstList<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            items.Add(ParseSetItem());
        }
        while (Match(","));

        return AstList.From(items);
    }

    /// <summary>oC_SetItem: n.p = e | n = e | n += e | n:A:B.</summary>
    private SetItem ParseSetItem()
    {
        var position = Current.Position;
        if (Current.IsName && PeekToken(1).IsSymbol(":"))
        {
            var target = ParseVariable();
            var (names, dynamicLabels) = ParseUpdateLabels();
            return new SetLabelsItem(target, names) { Position = position, Dynamic = dynamicLabels };
        }

        if (Current.IsName && (PeekToken(1).IsSymbol("=") || PeekToken(1).IsSymbol("+=")))
        {
            var target = ParseVariable();
            var merge = Advance().Text == "+=";
            return new SetVariableItem(target, ParseExpression(), merge) { Position = position };
        }

        var property = ParsePropertyTarget();
        Expect("=");
        var value = ParseExpression();
        return property is IndexExpression dynamic
            ? new SetDynamicPropertyItem(dynamic.Subject, dynamic.Index, value) { Position = position }
            : new SetPropertyItem((PropertyLookup)property, value) { Position = position };
    }

    /// <summary>The left side of SET n.p = ... or REMOVE n.p: an expression ending in a property lookup, or n[key].</summary>
    private Expression ParsePropertyTarget()
    {
        var start = Current;
        var expression = ParsePostfix(allowLabels: false);
        return expression is PropertyLookup or IndexExpression ? expression : throw UnexpectedAt(start, "a property (e.g. n.name or n[key])");
    }

    /// <summary>':' labels for SET and REMOVE: names and $(expr) dynamic labels.</summary>
    private (AstList<string> Names, AstList<Expression> Dynamic) ParseUpdateLabels()
    {
        var names = new List<string>();
        var dynamic = new List<Expression>();
        while (Match(":"))
        {
            if (Check("$"))
            {
                var label = ParseDynamicLabel();
                if (label.Any)
                {
                    throw CypherErrors.Syntax("InvalidLabelExpression", "$any(…) chooses among labels to match; SET and REMOVE take $(…) or $all(…)", label.Position);
                }

                dynamic.Add(label.Expression);
                continue;
            }

            names.Add(ExpectName("a label name"));
        }

        return (AstList.From(names), AstList.From(dynamic));
    }

    private RemoveClause ParseRemove()
    {
        var position = ExpectKeyword("REMOVE").Position;
        var items = new List<RemoveItem>();
        do
        {
            var itemPosition = Current.Position;
            if (Current.IsName && PeekToken(1).IsSymbol(":"))
            {
                var target = ParseVariable();
                var (names, dynamicLabels) = ParseUpdateLabels();
                items.Add(new RemoveLabelsItem(target, names) { Position = itemPosition, Dynamic = dynamicLabels });
            }
            else
            {
                var property = ParsePropertyTarget();
                items.Add(property is IndexExpression dynamic
                    ? new RemoveDynamicPropertyItem(dynamic.Subject, dynamic.Index) { Position = itemPosition }
                    : new RemovePropertyItem((PropertyLookup)property) { Position = itemPosition });
            }
        }
        while (Match(","));

        return new RemoveClause(AstList.From(items)) { Position = position };
    }

    private DeleteClause ParseDelete()
    {
        var position = Current.Position;
        var detach = MatchKeyword("DETACH");
        ExpectKeyword("DELETE");
        return new DeleteClause(detach, ParseExpressionList()) { Position = position };
    }

    private AstList<Expression> ParseExpressionList()
    {
        var expressions = new List<Expression>();
        do
        {
            expressions.Add(ParseExpression());
        }
        while (Match(","));

        return AstList.From(expressions);
    }

    private ForeachClause ParseForeach()
    {
        var position = ExpectKeyword("FOREACH").Position;
        Expect("(");
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect("|");
        var updates = new List<Clause>();
        do
        {
            updates.Add(Nested(ParseClause));
        }
        while (!Check(")"));

        Expect(")");
        return new ForeachClause(variable, source, AstList.From(updates)) { Position = position };
    }

    /// <summary>CALL [(a, b) | ()] { query } — a procedure call always names the procedure first, so '(' or '{' decides.</summary>
    private SubqueryCallClause ParseSubqueryCall()
    {
        var position = ExpectKeyword("CALL").Position;
        AstList<Variable>? scopeVariables = null;
        var importsAll = false;
        if (Check("(") && PeekToken(1).IsSymbol("*"))
        {
            index += 2;
            Expect(")");
            importsAll = true;
        }
        else if (Match("("))
        {
            var variables = new List<Variable>();
            if (!Check(")"))
            {
                do
                {
                    variables.Add(ParseVariable());
                }
                while (Match(","));
            }

            Expect(")");
            scopeVariables = AstList.From(variables);
        }

        Expect("{");
        var query = InBraces(ParseRegularQuery);
        Expect("}");
        return new SubqueryCallClause(query, scopeVariables)
        {
            Position = position,
            ImportsAll = importsAll,
            InTransactions = CheckKeyword("IN") ? ParseTransactionBatching() : null,
        };
    }

    /// <summary>IN [n CONCURRENT] TRANSACTIONS [OF n ROW|ROWS] [ON ERROR CONTINUE|BREAK|FAIL] [REPORT STATUS AS s].</summary>
    private TransactionBatching ParseTransactionBatching()
    {
        var position = ExpectKeyword("IN").Position;
        var concurrency = CheckKeyword("TRANSACTIONS") || CheckKeyword("CONCURRENT") ? null : ParseExpression();
        MatchKeyword("CONCURRENT");
        ExpectKeyword("TRANSACTIONS");
        Expression? batchSize = null;
        if (MatchKeyword("OF"))
        {
            batchSize = ParseExpression();
            if (!MatchKeyword("ROWS"))
            {
                ExpectKeyword("ROW");
            }
        }

        var onError = "FAIL";
        if (MatchKeywords("ON", "ERROR"))
        {
            onError = MatchKeyword("CONTINUE") ? "CONTINUE" : MatchKeyword("BREAK") ? "BREAK" : ExpectKeyword("FAIL").Text.ToUpperInvariant();
        }

        var status = MatchKeywords("REPORT", "STATUS", "AS") ? ParseVariable() : null;
        return new TransactionBatching(concurrency, batchSize, onError, status) { Position = position };
    }

    /// <summary>oC_StandaloneCall / oC_InQueryCall: CALL ns.name[(args)] [YIELD * | YIELD items [WHERE e]].</summary>
    private CallClause ParseCall()
    {
        var position = ExpectKeyword("CALL").Position;
        var name = ParseQualifiedName("a procedure name");
        AstList<Expression>? arguments = null;
        if (Match("("))
        {
            arguments = Check(")") ? [] : ParseExpressionList();
            Expect(")");
        }

        if (!MatchKeyword("YIELD"))
        {
            return new CallClause(name, arguments, false, null, null) { Position = position };
        }

        if (Match("*"))
        {
            return new CallClause(name, arguments, true, null, null) { Position = position };
        }

        var items = new List<YieldItem>();
        do
        {
            var itemPosition = Current.Position;
            var field = ExpectName("a procedure output name");
            var alias = MatchKeyword("AS") ? ParseVariable() : null;
            items.Add(new YieldItem(field, alias) { Position = itemPosition });
        }
        while (Match(","));

        return new CallClause(name, arguments, false, AstList.From(items), ParseOptionalWhere()) { Position = position };
    }

    private string ParseQualifiedName(string what)
    {
        var parts = new List<string> { ExpectName(what) };
        while (Match("."))
        {
            parts.Add(ExpectName(what));
        }

        return string.Join(".", parts);
    }
}
