using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Parsing;

public sealed partial class Parser
{
    private static readonly string[] IndexKindWords = ["RANGE", "TEXT", "FULLTEXT"];

    private bool IsSchemaCommandStart()
    {
        if (CheckKeyword("DROP"))
        {
            return true;
        }

        if (!CheckKeyword("CREATE"))
        {
            return false;
        }

        var next = PeekToken(1);
        return next.IsKeyword("CONSTRAINT") || next.IsKeyword("INDEX")
            || (IndexKindWords.Any(next.IsKeyword) && PeekToken(2).IsKeyword("INDEX"));
    }

    private SchemaCommand ParseSchemaCommand()
    {
        var position = Current.Position;
        if (MatchKeyword("DROP"))
        {
            return ParseDropCommand(position);
        }

        ExpectKeyword("CREATE");
        return MatchKeyword("CONSTRAINT") ? ParseCreateConstraint(position) : ParseCreateIndex(position);
    }

    private SchemaCommand ParseDropCommand(SourcePosition position)
    {
        var constraint = MatchKeyword("CONSTRAINT");
        if (!constraint)
        {
            ExpectKeyword("INDEX");
        }

        var name = ExpectName(constraint ? "a constraint name" : "an index name");
        var ifExists = MatchKeywords("IF", "EXISTS");
        return constraint
            ? new DropConstraintCommand(name, ifExists) { Position = position }
            : new DropIndexCommand(name, ifExists) { Position = position };
    }

    /// <summary>An optional schema object name, then an optional IF NOT EXISTS.</summary>
    private (string? Name, bool IfNotExists) ParseSchemaHeader()
    {
        string? name = null;
        if (Current.IsName && !CheckKeyword("FOR") && !CheckKeyword("ON") && !CheckKeywords("IF", "NOT"))
        {
            name = ExpectName("a name");
        }

        return (name, MatchKeywords("IF", "NOT", "EXISTS"));
    }

    private CreateConstraintCommand ParseCreateConstraint(SourcePosition position)
    {
        var (name, ifNotExists) = ParseSchemaHeader();
        if (!MatchKeyword("FOR"))
        {
            ExpectKeyword("ON");
        }

        var (variable, labels, isRelationship) = ParseSchemaTarget();
        if (!MatchKeyword("REQUIRE"))
        {
            ExpectKeyword("ASSERT");
        }

        var properties = ParseSchemaProperties(parenthesised: Check("("));
        ExpectKeyword("IS");
        var kind = ParseConstraintKind();
        return new CreateConstraintCommand(name, ifNotExists, variable, labels[0], isRelationship, properties, kind)
        {
            Position = position,
        };
    }

    private ConstraintKind ParseConstraintKind()
    {
        if (MatchKeyword("UNIQUE"))
        {
            return ConstraintKind.Unique;
        }

        if (MatchKeywords("NOT", "NULL"))
        {
            return ConstraintKind.NotNull;
        }

        if (MatchKeywords("NODE", "KEY") || MatchKeywords("RELATIONSHIP", "KEY"))
        {
            return ConstraintKind.NodeKey;
        }

        throw Unexpected("UNIQUE, NOT NULL or NODE KEY");
    }

    private CreateIndexCommand ParseCreateIndex(SourcePosition position)
    {
        var kind = MatchKeyword("TEXT") ? IndexKind.Text
            : MatchKeyword("FULLTEXT") ? IndexKind.Fulltext
            : IndexKind.Range;
        MatchKeyword("RANGE");
        ExpectKeyword("INDEX");
        var (name, ifNotExists) = ParseSchemaHeader();
        ExpectKeyword("FOR");
        var (variable, labels, isRelationship) = ParseSchemaTarget();
        ExpectKeyword("ON");
        AstList<PropertyLookup> properties;
        if (MatchKeyword("EACH"))
        {
            Expect("[");
            properties = ParseSchemaProperties(parenthesised: false);
            Expect("]");
        }
        else
        {
            properties = ParseSchemaProperties(parenthesised: true);
        }

        var options = MatchKeyword("OPTIONS") ? ParseMapLiteral() : null;
        return new CreateIndexCommand(kind, name, ifNotExists, variable, labels, isRelationship, properties, options)
        {
            Position = position,
        };
    }

    /// <summary>(n:Label) or ()-[r:TYPE]-(), with labels separated by '|' for fulltext indexes.</summary>
    private (Variable Variable, AstList<string> Labels, bool IsRelationship) ParseSchemaTarget()
    {
        Expect("(");
        if (Match(")"))
        {
            Match("<");
            Expect("-");
            Expect("[");
            var relationship = ParseSchemaEntity();
            Expect("]");
            Expect("-");
            Match(">");
            Expect("(");
            Expect(")");
            return (relationship.Variable, relationship.Labels, true);
        }

        var node = ParseSchemaEntity();
        Expect(")");
        return (node.Variable, node.Labels, false);
    }

    private (Variable Variable, AstList<string> Labels) ParseSchemaEntity()
    {
        var variable = ParseVariable();
        Expect(":");
        var labels = new List<string> { ExpectName("a label") };
        while (Match("|"))
        {
            labels.Add(ExpectName("a label"));
        }

        return (variable, AstList.From(labels));
    }

    private AstList<PropertyLookup> ParseSchemaProperties(bool parenthesised)
    {
        if (parenthesised)
        {
            Expect("(");
        }

        var properties = new List<PropertyLookup>();
        do
        {
            var start = Current;
            properties.Add(ParsePropertyTarget() as PropertyLookup ?? throw UnexpectedAt(start, "a property (e.g. n.name)"));
        }
        while (Match(","));

        if (parenthesised)
        {
            Expect(")");
        }

        return AstList.From(properties);
    }
}
