using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

public sealed partial class Parser
{
    private static readonly string[] SubqueryClauseWords = ["MATCH", "OPTIONAL", "WITH", "UNWIND", "CALL", "RETURN"];

    /// <summary>'[' starts a list comprehension, a pattern comprehension or a list literal.</summary>
    private Expression ParseListAtom()
    {
        if (Check("[") && PeekToken(1).IsName && PeekToken(2).IsKeyword("IN"))
        {
            return ParseListComprehension();
        }

        var comprehension = Speculate<Expression>(ParsePatternComprehension);
        if (comprehension is not null)
        {
            return comprehension;
        }

        var position = Expect("[").Position;
        AstList<Expression> items = Check("]") ? [] : ParseExpressionList();
        Expect("]");
        return new ListLiteral(items) { Position = position };
    }

    private ListComprehension ParseListComprehension()
    {
        var position = Expect("[").Position;
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        var where = ParseComprehensionFilter();
        var projection = Match("|") ? ParseExpression() : null;
        Expect("]");
        return new ListComprehension(variable, source, where, projection) { Position = position };
    }

    /// <summary>A subquery between braces: a '|' there is unambiguous again, even inside a comprehension's filter.</summary>
    private T InBraces<T>(Func<T> parse)
    {
        var outerFilterDepth = comprehensionFilterDepth;
        comprehensionFilterDepth = 0;
        try
        {
            return Nested(parse);
        }
        finally
        {
            comprehensionFilterDepth = outerFilterDepth;
        }
    }

    private Expression? ParseComprehensionFilter()
    {
        comprehensionFilterDepth++;
        try
        {
            return ParseOptionalWhere();
        }
        finally
        {
            comprehensionFilterDepth--;
        }
    }

    /// <summary>[p = (a)-->(b) WHERE cond | projection]; returns null when the brackets hold something else.</summary>
    private PatternComprehension? ParsePatternComprehension()
    {
        var position = Expect("[").Position;
        Variable? pathVariable = null;
        if (Current.IsName && PeekToken(1).IsSymbol("="))
        {
            pathVariable = ParseVariable();
            Advance();
        }

        if (!Check("("))
        {
            return null;
        }

        var pattern = ParsePatternElement();
        if (pattern.Chains.Count == 0 || !(CheckKeyword("WHERE") || Check("|")))
        {
            return null;
        }

        var (element, where) = HoistInlineWhere(pattern, ParseComprehensionFilter());
        Expect("|");
        var projection = ParseExpression();
        Expect("]");
        return new PatternComprehension(pathVariable, element, where, projection) { Position = position };
    }

    /// <summary>
    /// CASE [test] WHEN … THEN … [ELSE …] END. With a test, a WHEN may list several values (<c>WHEN 1, 2</c>), and in
    /// the extended form a value may be a comparison with the test left out (<c>WHEN &lt; 20</c>, <c>WHEN IS NULL</c>);
    /// a CASE using that form is read as the generic CASE it means (<c>WHEN test &lt; 20</c>).
    /// </summary>
    private CaseExpression ParseCase()
    {
        var position = ExpectKeyword("CASE").Position;
        var test = CheckKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<(Expression When, bool Extended, Expression Then, SourcePosition Position)>();
        do
        {
            var alternativePosition = ExpectKeyword("WHEN").Position;
            var values = new List<(Expression, bool)> { ParseCaseValue(test) };
            while (test is not null && Match(","))
            {
                values.Add(ParseCaseValue(test));
            }

            ExpectKeyword("THEN");
            var then = ParseExpression();
            alternatives.AddRange(values.Select(value => (value.Item1, value.Item2, then, alternativePosition)));
        }
        while (CheckKeyword("WHEN"));

        var otherwise = MatchKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        var extended = test is not null && alternatives.Any(alternative => alternative.Extended);
        var built = alternatives.Select(alternative => new CaseAlternative(
            extended && !alternative.Extended
                ? new BinaryExpression(BinaryOperator.Equal, test!, alternative.When) { Position = alternative.When.Position }
                : alternative.When,
            alternative.Then) { Position = alternative.Position });
        return new CaseExpression(extended ? null : test, AstList.From(built), otherwise) { Position = position };
    }

    /// <summary>A WHEN value; with a test, a leading comparison makes it a predicate on the test (Extended true).</summary>
    private (Expression When, bool Extended) ParseCaseValue(Expression? test)
    {
        if (test is null)
        {
            return (ParseExpression(), false);
        }

        var position = Current.Position;
        if (Current.Kind == TokenKind.Symbol && ComparisonOperators.TryGetValue(Current.Text, out var comparison))
        {
            Advance();
            return (new BinaryExpression(comparison, test, ParsePredicates()) { Position = position }, true);
        }

        if ((MatchTypePredicate(test) ?? (Expression?)MatchNormalizedPredicate(test)) is { } predicate)
        {
            return (predicate, true);
        }

        if (MatchNullPredicate() is { } nullCheck)
        {
            return (new UnaryExpression(nullCheck, test) { Position = position }, true);
        }

        if (MatchPredicateOperator() is { } op)
        {
            return (new BinaryExpression(op, test, ParseAdditive()) { Position = position }, true);
        }

        return (ParseExpression(), false);
    }

    /// <summary>EXISTS { query } or the short form EXISTS { pattern [WHERE cond] }.</summary>
    private ExistsSubquery ParseExistsSubquery()
    {
        var position = ExpectKeyword("EXISTS").Position;
        Expect("{");
        var query = InBraces(() => IsClauseStart() ? ParseRegularQuery() : ParseExistsPattern());
        Expect("}");
        return new ExistsSubquery(query) { Position = position };
    }

    /// <summary>COUNT { query } or the short form COUNT { pattern [WHERE cond] }.</summary>
    private CountSubquery ParseCountSubquery()
    {
        var position = ExpectKeyword("COUNT").Position;
        Expect("{");
        var query = InBraces(() => IsClauseStart() ? ParseRegularQuery() : ParseExistsPattern());
        Expect("}");
        return new CountSubquery(query) { Position = position };
    }

    /// <summary>COLLECT { query }: only the full form, which must end in a RETURN of one column.</summary>
    private CollectSubquery ParseCollectSubquery()
    {
        var position = ExpectKeyword("COLLECT").Position;
        Expect("{");
        var query = InBraces(ParseRegularQuery);
        Expect("}");
        return new CollectSubquery(query) { Position = position };
    }

    private bool IsClauseStart() => SubqueryClauseWords.Any(CheckKeyword);

    private SingleQuery ParseExistsPattern()
    {
        var position = Current.Position;
        var (pattern, where) = HoistInlineWhere(ParsePattern(), ParseOptionalWhere());
        var match = new MatchClause(false, pattern, where) { Position = position };
        return new SingleQuery([match]) { Position = position };
    }

    private bool IsQuantifierStart() =>
        Quantifiers.ContainsKey(Current.Text) && PeekToken(1).IsSymbol("(") && PeekToken(2).IsName
        && PeekToken(3).IsKeyword("IN");

    private Quantifier ParseQuantifier()
    {
        var position = Current.Position;
        var kind = Quantifiers[Advance().Text];
        Expect("(");
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        var where = ParseOptionalWhere();
        Expect(")");
        return new Quantifier(kind, variable, source, where) { Position = position };
    }

    private Reduce ParseReduce()
    {
        var position = ExpectKeyword("reduce").Position;
        Expect("(");
        var accumulator = ParseVariable();
        Expect("=");
        var init = ParseExpression();
        Expect(",");
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect("|");
        var expression = ParseExpression();
        Expect(")");
        return new Reduce(accumulator, init, variable, source, expression) { Position = position };
    }

    /// <summary>oC_MapProjection: subject{.key, key: expr, variable, .*}.</summary>
    private MapProjection ParseMapProjection(Variable subject)
    {
        Expect("{");
        var items = new List<MapProjectionItem>();
        if (!Check("}"))
        {
            do
            {
                items.Add(ParseMapProjectionItem());
            }
            while (Match(","));
        }

        Expect("}");
        return new MapProjection(subject, AstList.From(items)) { Position = subject.Position };
    }

    private MapProjectionItem ParseMapProjectionItem()
    {
        var position = Current.Position;
        if (Match("."))
        {
            return Match("*")
                ? new AllPropertiesSelector { Position = position }
                : new PropertySelector(ExpectName("a property name")) { Position = position };
        }

        if (Current.IsName && PeekToken(1).IsSymbol(":"))
        {
            var key = ExpectName("a key");
            Advance();
            return new LiteralEntry(key, ParseExpression()) { Position = position };
        }

        return new VariableSelector(ParseVariable()) { Position = position };
    }
}
