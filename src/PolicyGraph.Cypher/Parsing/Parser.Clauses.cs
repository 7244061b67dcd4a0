using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

public sealed partial class Parser
{
    private Query ParseStatement()
    {
        if (CheckKeyword("EXPLAIN") || CheckKeyword("PROFILE"))
        {
            var position = Current.Position;
            var profile = Advance().IsKeyword("PROFILE");
            return new ExplainedQuery(ParseExplainable(), profile) { Position = position };
        }

        return ParseExplainable();
    }

    private Query ParseExplainable()
    {
        if (IsSchemaCommandStart())
        {
            return ParseSchemaCommand();
        }

        return ParseRegularQuery();
    }

    /// <summary>oC_RegularQuery: SingleQuery (UNION [ALL] SingleQuery)*.</summary>
    private Query ParseRegularQuery()
    {
        Query query = ParseSingleQuery();
        using var levels = new ChainLevels(this);
        while (CheckKeyword("UNION"))
        {
            levels.Add();
            var position = Advance().Position;
            var all = MatchKeyword("ALL");
            if (!all)
            {
                MatchKeyword("DISTINCT"); // UNION DISTINCT is UNION (Neo4j 5, GQL)
            }

            query = new UnionQuery(query, ParseSingleQuery(), all) { Position = position };
        }

        return query;
    }

    private SingleQuery ParseSingleQuery()
    {
        var position = Current.Position;
        var clauses = new List<Clause> { ParseClause() };
        while (!IsQueryEnd())
        {
            clauses.Add(ParseClause());
        }

        return new SingleQuery(AstList.From(clauses)) { Position = position };
    }

    private bool IsQueryEnd() =>
        Current.Kind == TokenKind.End || Check(";") || Check("}") || CheckKeyword("UNION");

    private Clause ParseClause()
    {
        var keyword = Current.Kind == TokenKind.Identifier ? Current.Text.ToUpperInvariant() : "";
        return keyword switch
        {
            "OPTIONAL" when PeekToken(1).IsKeyword("CALL") => ParseOptionalCall(),
            "MATCH" or "OPTIONAL" => ParseMatch(),
            "UNWIND" => ParseUnwind(),
            "WITH" => ParseWith(),
            "RETURN" => ParseReturn(),
            "CREATE" => ParseCreate(),
            "MERGE" => ParseMerge(),
            "SET" => ParseSet(),
            "REMOVE" => ParseRemove(),
            "DELETE" or "DETACH" => ParseDelete(),
            "FOREACH" => ParseForeach(),
            "CALL" => PeekToken(1).IsSymbol("{") || PeekToken(1).IsSymbol("(") ? ParseSubqueryCall() : ParseCall(),
            "ORDER" or "SKIP" or "OFFSET" or "LIMIT" => ParseStandalonePaging(),
            _ => throw Unexpected("a clause (MATCH, RETURN, WITH, CREATE, ...)"),
        };
    }

    /// <summary>OPTIONAL CALL { … } / OPTIONAL CALL proc(…) YIELD …: rows without a result are kept with nulls.</summary>
    private Clause ParseOptionalCall()
    {
        var position = ExpectKeyword("OPTIONAL").Position;
        return PeekToken(1).IsSymbol("{") || PeekToken(1).IsSymbol("(")
            ? ParseSubqueryCall() with { Optional = true, Position = position }
            : ParseCall() with { Optional = true, Position = position };
    }

    private MatchClause ParseMatch()
    {
        var position = Current.Position;
        var optional = MatchKeyword("OPTIONAL");
        ExpectKeyword("MATCH");
        var (pattern, where) = HoistInlineWhere(ParsePattern(), ParseOptionalWhere());
        return new MatchClause(optional, pattern, where) { Position = position };
    }

    private Expression? ParseOptionalWhere() => MatchKeyword("WHERE") ? ParseExpression() : null;

    private UnwindClause ParseUnwind()
    {
        var position = ExpectKeyword("UNWIND").Position;
        var source = ParseExpression();
        ExpectKeyword("AS");
        return new UnwindClause(source, ParseVariable()) { Position = position };
    }

    private WithClause ParseWith()
    {
        var position = ExpectKeyword("WITH").Position;
        var body = ParseProjectionBody();
        var where = ParseOptionalWhere();
        return new WithClause(body, where) { Position = position };
    }

    private ReturnClause ParseReturn()
    {
        var position = ExpectKeyword("RETURN").Position;
        return new ReturnClause(ParseProjectionBody()) { Position = position };
    }

    /// <summary>oC_ProjectionBody: [DISTINCT] items [ORDER BY ...] [SKIP e] [LIMIT e].</summary>
    private ProjectionBody ParseProjectionBody()
    {
        var position = Current.Position;
        var distinct = MatchKeyword("DISTINCT");
        var includeExisting = Match("*");
        var items = new List<ProjectionItem>();
        if (!includeExisting || Match(","))
        {
            do
            {
                items.Add(ParseProjectionItem());
            }
            while (Match(","));
        }

        AstList<SortItem> orderBy = [];
        if (MatchKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            orderBy = ParseSortItems();
        }

        var (skip, limit) = ParseSkipAndLimit();
        return new ProjectionBody(distinct, includeExisting, AstList.From(items), orderBy, skip, limit) { Position = position };
    }

    /// <summary>[SKIP e | OFFSET e] [LIMIT e]; OFFSET is Neo4j 5's (GQL's) name for SKIP.</summary>
    private (Expression? Skip, Expression? Limit) ParseSkipAndLimit()
    {
        var skip = MatchKeyword("SKIP") || MatchKeyword("OFFSET") ? ParseExpression() : null;
        var limit = MatchKeyword("LIMIT") ? ParseExpression() : null;
        return (skip, limit);
    }

    /// <summary>
    /// Neo4j 5's standalone ORDER BY / SKIP / OFFSET / LIMIT clause (<c>MATCH (n) ORDER BY n.x LIMIT 2 RETURN n</c>)
    /// means <c>WITH * ORDER BY ... SKIP ... LIMIT ...</c>, and is read as that.
    /// </summary>
    private WithClause ParseStandalonePaging()
    {
        var position = Current.Position;
        AstList<SortItem> orderBy = [];
        if (MatchKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            orderBy = ParseSortItems();
        }

        var (skip, limit) = ParseSkipAndLimit();
        var body = new ProjectionBody(false, true, [], orderBy, skip, limit) { Position = position };
        return new WithClause(body, null) { Position = position };
    }

    private ProjectionItem ParseProjectionItem()
    {
        var position = Current.Position;
        var expression = ParseExpression();
        var sourceText = TextSince(position);
        var alias = MatchKeyword("AS") ? ParseVariable() : null;
        return new ProjectionItem(expression, alias) { Position = position, SourceText = sourceText };
    }

    private AstList<SortItem> ParseSortItems()
    {
        var items = new List<SortItem>();
        do
        {
            var position = Current.Position;
            var expression = ParseExpression();
            var descending = MatchKeyword("DESC") || MatchKeyword("DESCENDING");
            if (!descending && !MatchKeyword("ASC"))
            {
                MatchKeyword("ASCENDING");
            }

            items.Add(new SortItem(expression, descending) { Position = position });
        }
        while (Match(","));

        return AstList.From(items);
    }
}
