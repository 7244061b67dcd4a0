using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Parsing;

/// <summary>Neo4j 5 type predicates (<c>x IS :: INTEGER NOT NULL</c>) and the value types they name.</summary>
public sealed partial class Parser
{
    // Spellings (first word, then the rest) and the canonical name each stands for.
    private static readonly (string[] Words, string Name)[] TypeSpellings =
    [
        (["ANY", "PROPERTY", "VALUE"], "PROPERTY VALUE"), (["PROPERTY", "VALUE"], "PROPERTY VALUE"),
        (["ANY", "VALUE"], "ANY"), (["ANY", "NODE"], "NODE"), (["ANY", "VERTEX"], "NODE"),
        (["ANY", "RELATIONSHIP"], "RELATIONSHIP"), (["ANY", "EDGE"], "RELATIONSHIP"), (["ANY", "MAP"], "MAP"),
        (["SIGNED", "INTEGER"], "INTEGER"), (["LOCAL", "DATETIME"], "LOCAL DATETIME"),
        (["ZONED", "DATETIME"], "ZONED DATETIME"), (["LOCAL", "TIME"], "LOCAL TIME"), (["ZONED", "TIME"], "ZONED TIME"),
        (["TIMESTAMP", "WITHOUT", "TIME", "ZONE"], "LOCAL DATETIME"), (["TIMESTAMP", "WITH", "TIME", "ZONE"], "ZONED DATETIME"),
        (["TIME", "WITHOUT", "TIME", "ZONE"], "LOCAL TIME"), (["TIME", "WITH", "TIME", "ZONE"], "ZONED TIME"),
        (["BOOLEAN"], "BOOLEAN"), (["BOOL"], "BOOLEAN"), (["STRING"], "STRING"), (["VARCHAR"], "STRING"),
        (["INTEGER"], "INTEGER"), (["INT"], "INTEGER"), (["INTEGER64"], "INTEGER"), (["FLOAT"], "FLOAT"),
        (["FLOAT64"], "FLOAT"), (["DATE"], "DATE"), (["DURATION"], "DURATION"), (["POINT"], "POINT"),
        (["NODE"], "NODE"), (["VERTEX"], "NODE"), (["RELATIONSHIP"], "RELATIONSHIP"), (["EDGE"], "RELATIONSHIP"),
        (["MAP"], "MAP"), (["PATH"], "PATH"), (["NOTHING"], "NOTHING"), (["NULL"], "NULL"), (["ANY"], "ANY"),
    ];

    private static readonly string[] NormalForms = ["NFC", "NFD", "NFKC", "NFKD"];

    /// <summary>After an operand: IS [NOT] ::, IS [NOT] TYPED or a bare ::, then a type; null when none follows.</summary>
    private TypePredicate? MatchTypePredicate(Expression operand)
    {
        var position = Current.Position;
        bool negated;
        if (Match("::"))
        {
            negated = false;
        }
        else if (CheckKeyword("IS") && (PeekToken(1).IsSymbol("::") || PeekToken(1).IsKeyword("TYPED")))
        {
            Advance();
            Advance();
            negated = false;
        }
        else if (CheckKeywords("IS", "NOT") && (PeekToken(2).IsSymbol("::") || PeekToken(2).IsKeyword("TYPED")))
        {
            index += 3;
            negated = true;
        }
        else
        {
            return null;
        }

        return new TypePredicate(operand, ParseTypeSpec(), negated) { Position = position };
    }

    /// <summary>A type, possibly a union of alternatives joined by '|'.</summary>
    private TypeSpec ParseTypeSpec()
    {
        var position = Current.Position;
        var alternatives = new List<TypeSpec> { ParseSingleTypeSpec() };
        while (Match("|"))
        {
            alternatives.Add(ParseSingleTypeSpec());
        }

        if (alternatives.Select(alternative => alternative.NotNull).Distinct().Count() > 1)
        {
            throw CypherErrors.Syntax("InvalidTypeUnion",
                "All types in a Closed Dynamic Union must be nullable, or be appended with `NOT NULL`", position);
        }

        return alternatives.Count == 1 ? alternatives[0] : new UnionTypeSpec(AstList.From(alternatives)) { Position = position };
    }

    private TypeSpec ParseSingleTypeSpec()
    {
        var position = Current.Position;
        TypeSpec type;
        if ((CheckKeyword("LIST") || CheckKeyword("ARRAY")) && PeekToken(1).IsSymbol("<"))
        {
            index += 2;
            var element = ParseTypeSpec();
            Expect(">");
            type = new ListTypeSpec(element) { Position = position };
        }
        else if (CheckKeyword("ANY") && PeekToken(1).IsSymbol("<"))
        {
            index += 2;
            type = ParseTypeSpec();
            Expect(">");
        }
        else
        {
            type = new NamedTypeSpec(ParseTypeName()) { Position = position };
        }

        return MatchKeywords("NOT", "NULL") || Match("!") ? type with { NotNull = true } : type;
    }

    private string ParseTypeName()
    {
        foreach (var (words, name) in TypeSpellings)
        {
            if (MatchKeywords(words))
            {
                return name;
            }
        }

        if (CheckKeyword("LIST") || CheckKeyword("ARRAY"))
        {
            Advance();
            return "LIST";
        }

        throw Unexpected("a type (INTEGER, STRING, LIST<…>, …)");
    }

    /// <summary>IS [NOT] [NFC|NFD|NFKC|NFKD] NORMALIZED after an operand; null when none follows.</summary>
    private NormalizationPredicate? MatchNormalizedPredicate(Expression operand)
    {
        var position = Current.Position;
        var ahead = CheckKeywords("IS", "NOT") ? 2 : CheckKeyword("IS") ? 1 : 0;
        if (ahead == 0)
        {
            return null;
        }

        var form = NormalForms.FirstOrDefault(name => PeekToken(ahead).IsKeyword(name));
        var formWords = form is null ? 0 : 1;
        if (!PeekToken(ahead + formWords).IsKeyword("NORMALIZED"))
        {
            return null;
        }

        index += ahead + formWords + 1;
        return new NormalizationPredicate(operand, form ?? "NFC", ahead == 2) { Position = position };
    }
}
