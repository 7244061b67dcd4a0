using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

/// <summary>
/// GQL path selectors before a path pattern: <c>SHORTEST k [PATH|PATHS] [GROUPS]</c>, <c>ALL SHORTEST [PATHS]</c>,
/// <c>ANY SHORTEST [PATH]</c>, <c>ANY [k] [PATH|PATHS]</c>; the path may be parenthesised with its own
/// <c>WHERE</c> and path variable (<c>SHORTEST 1 (p = (a)--+(b) WHERE length(p) % 2 = 0)</c>).
/// </summary>
public sealed partial class Parser
{
    private PathSelector? ParseOptionalPathSelector()
    {
        var position = Current.Position;
        if (CheckKeyword("SHORTEST") && PeekToken(1).Kind == TokenKind.Integer)
        {
            Advance();
            var count = ParseSelectorCount();
            MatchPathWord();
            var kind = MatchKeyword("GROUPS") || MatchKeyword("GROUP") ? PathSelectorKind.ShortestGroups : PathSelectorKind.Shortest;
            return new PathSelector(kind, count) { Position = position };
        }

        if (CheckKeyword("ALL") && PeekToken(1).IsKeyword("SHORTEST"))
        {
            Advance();
            Advance();
            MatchPathWord();
            return new PathSelector(PathSelectorKind.AllShortest, 1) { Position = position };
        }

        if (!CheckKeyword("ANY") || !IsSelectorFollower(PeekToken(1)))
        {
            return null;
        }

        Advance();
        if (MatchKeyword("SHORTEST"))
        {
            MatchPathWord();
            return new PathSelector(PathSelectorKind.Shortest, 1) { Position = position };
        }

        var any = Current.Kind == TokenKind.Integer ? ParseSelectorCount() : 1;
        MatchPathWord();
        return new PathSelector(PathSelectorKind.Any, any) { Position = position };
    }

    /// <summary>What may follow ANY in a selector (as opposed to the any(x IN …) function, which is not a pattern).</summary>
    private static bool IsSelectorFollower(Token token) =>
        token.IsSymbol("(") || token.Kind == TokenKind.Integer || token.IsKeyword("SHORTEST") || token.IsKeyword("PATH") || token.IsKeyword("PATHS");

    private void MatchPathWord()
    {
        if (!MatchKeyword("PATHS")) MatchKeyword("PATH");
    }

    private long ParseSelectorCount() => ParseIntegerValue(Advance(), negative: false);

    private PatternPart ParseSelectivePath(Variable? pathVariable, PathSelector selector, SourcePosition position)
    {
        var parenthesised = Check("(") && (PeekToken(1).IsSymbol("(") || (PeekToken(1).IsName && PeekToken(2).IsSymbol("=")));
        if (!parenthesised)
        {
            return new PatternPart(pathVariable, ParsePatternElement(), ShortestPathKind.None) { Position = position, Selector = selector };
        }

        var groupPosition = Advance().Position;
        Variable? inner = null;
        if (Current.IsName && PeekToken(1).IsSymbol("="))
        {
            inner = ParseVariable();
            Advance();
        }

        var element = ParsePatternElement();
        var where = ParseOptionalWhere();
        Expect(")");
        if (inner is null && (IsPathQuantifierStart() || IsPathContinuation()))
        {
            // Not a parenthesised path after all: a quantified group that opens the path.
            element = ParsePathSequence(QuantifiedGroup(element, where, groupPosition));
            where = null;
        }

        if (inner is not null && pathVariable is not null)
        {
            throw CypherErrors.Syntax("UnsupportedFeature", "A path variable both outside and inside the parentheses is not supported; keep one", inner.Position);
        }

        return new PatternPart(pathVariable ?? inner, element, ShortestPathKind.None) { Position = position, Selector = selector, Where = where };
    }
}
