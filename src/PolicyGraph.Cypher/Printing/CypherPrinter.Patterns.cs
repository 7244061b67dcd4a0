using System.Globalization;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher;

public static partial class CypherPrinter
{
    public static string PrintPattern(Pattern pattern) => string.Join(", ", pattern.Parts.Select(PrintPatternPart));

    public static string PrintPatternPart(PatternPart part)
    {
        var element = PrintPatternElement(part.Element);
        element = part.Shortest switch
        {
            ShortestPathKind.Shortest => $"shortestPath({element})",
            ShortestPathKind.AllShortest => $"allShortestPaths({element})",
            _ => element,
        };
        if (part.Selector is { } selector)
        {
            element = part.Where is null ? element : $"({element} WHERE {PrintExpression(part.Where)})";
            element = PrintSelector(selector) + " " + element;
        }

        return part.PathVariable is null ? element : $"{Name(part.PathVariable.Name)} = {element}";
    }

    private static string PrintSelector(PathSelector selector) => selector.Kind switch
    {
        PathSelectorKind.AllShortest => "ALL SHORTEST",
        PathSelectorKind.ShortestGroups => $"SHORTEST {selector.Count} GROUPS",
        PathSelectorKind.Any => $"ANY {selector.Count}",
        _ => $"SHORTEST {selector.Count}",
    };

    public static string PrintPatternElement(PatternElement element) =>
        PrintNode(element.Start) + string.Concat(element.Chains.Select(chain =>
            (chain.Relationship.Quantified is { } group ? " " + PrintQuantifiedPath(group, chain.Relationship.Length!) + " " : PrintRelationship(chain.Relationship)) +
            PrintNode(chain.Node)));

    private static string PrintQuantifiedPath(QuantifiedPath group, VariableLength quantifier) =>
        "(" + PrintPatternElement(group.Element) + (group.Where is null ? "" : " WHERE " + PrintExpression(group.Where)) + ")" +
        PrintLength(quantifier);

    private static string PrintNode(NodePattern node)
    {
        var inner = (node.Variable is null ? "" : Name(node.Variable.Name)) +
            (node.LabelExpression is { } expression ? ":" + PrintLabelExpression(expression, 0) : PrintLabels(node.Labels));
        if (node.Properties is not null)
        {
            inner += (inner.Length > 0 ? " " : "") + PrintExpression(node.Properties);
        }

        if (node.Where is not null)
        {
            inner += (inner.Length > 0 ? " " : "") + "WHERE " + PrintExpression(node.Where);
        }

        return "(" + inner + ")";
    }

    /// <summary>Prints with parentheses only where a looser operator sits inside a tighter one (| 1, &amp; 2, ! 3).</summary>
    private static string PrintLabelExpression(LabelExpression expression, int outer)
    {
        var (text, precedence) = expression switch
        {
            LabelName name => (Name(name.Name), 4),
            AnyLabel => ("%", 4),
            DynamicLabel dynamic => ((dynamic.Any ? "$any(" : "$(") + PrintExpression(dynamic.Expression) + ")", 4),
            LabelNegation negation => ("!" + PrintLabelExpression(negation.Operand, 3), 3),
            LabelConjunction both => (PrintLabelExpression(both.Left, 2) + "&" + PrintLabelExpression(both.Right, 3), 2),
            LabelDisjunction either => (PrintLabelExpression(either.Left, 1) + "|" + PrintLabelExpression(either.Right, 2), 1),
            _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name),
        };
        return precedence < outer ? "(" + text + ")" : text;
    }

    private static string PrintRelationship(RelationshipPattern relationship)
    {
        var inner = relationship.Variable is null ? "" : Name(relationship.Variable.Name);
        if (relationship.DynamicType is { } dynamicType)
        {
            inner += ":" + PrintLabelExpression(dynamicType, 0);
        }
        else if (relationship.TypeExpression is { } expression)
        {
            inner += ":" + PrintLabelExpression(expression, 0);
        }
        else if (relationship.Types.Count > 0)
        {
            inner += ":" + string.Join("|", relationship.Types.Select(Name));
        }

        var quantifier = relationship.Length is { IsQuantifier: true } ? PrintLength(relationship.Length) : "";
        inner += relationship.Length is null || quantifier.Length > 0 ? "" : PrintLength(relationship.Length);
        if (relationship.Properties is not null)
        {
            inner += (inner.Length > 0 ? " " : "") + PrintExpression(relationship.Properties);
        }

        if (relationship.Where is not null)
        {
            inner += (inner.Length > 0 ? " " : "") + "WHERE " + PrintExpression(relationship.Where);
        }

        var body = inner.Length == 0 ? "--" : $"-[{inner}]-";
        return relationship.Direction switch
        {
            RelationshipDirection.Outgoing => body + ">",
            RelationshipDirection.Incoming => "<" + body,
            _ => body,
        } + quantifier;
    }

    private static string PrintLength(VariableLength length)
    {
        string Bound(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
        if (length.IsQuantifier)
        {
            return length.Min == length.Max ? $"{{{Bound(length.Min)}}}" : $"{{{Bound(length.Min)},{Bound(length.Max)}}}";
        }

        if (length.Min is null && length.Max is null)
        {
            return "*";
        }

        return length.Min == length.Max ? "*" + Bound(length.Min) : $"*{Bound(length.Min)}..{Bound(length.Max)}";
    }

    private static string PrintSchemaCommand(SchemaCommand command) => command switch
    {
        CreateConstraintCommand constraint => PrintCreateConstraint(constraint),
        DropConstraintCommand drop => $"DROP CONSTRAINT {Name(drop.Name)}{(drop.IfExists ? " IF EXISTS" : "")}",
        CreateIndexCommand index => PrintCreateIndex(index),
        DropIndexCommand drop => $"DROP INDEX {Name(drop.Name)}{(drop.IfExists ? " IF EXISTS" : "")}",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown schema command"),
    };

    private static string PrintCreateConstraint(CreateConstraintCommand constraint)
    {
        var header = "CREATE CONSTRAINT" + PrintSchemaName(constraint.Name, constraint.IfNotExists);
        var target = PrintSchemaTarget(constraint.Variable, [constraint.Label], constraint.IsRelationship);
        var properties = constraint.Properties.Count == 1
            ? PrintExpression(constraint.Properties[0])
            : "(" + PrintList(constraint.Properties) + ")";
        var kind = constraint.Kind switch
        {
            ConstraintKind.Unique => "IS UNIQUE",
            ConstraintKind.NotNull => "IS NOT NULL",
            _ => constraint.IsRelationship ? "IS RELATIONSHIP KEY" : "IS NODE KEY",
        };
        return $"{header} FOR {target} REQUIRE {properties} {kind}";
    }

    private static string PrintCreateIndex(CreateIndexCommand index)
    {
        var kind = index.Kind switch
        {
            IndexKind.Text => "TEXT ",
            IndexKind.Fulltext => "FULLTEXT ",
            _ => "",
        };
        var header = $"CREATE {kind}INDEX" + PrintSchemaName(index.Name, index.IfNotExists);
        var target = PrintSchemaTarget(index.Variable, index.Labels, index.IsRelationship);
        var properties = index.Kind == IndexKind.Fulltext
            ? "EACH [" + PrintList(index.Properties) + "]"
            : "(" + PrintList(index.Properties) + ")";
        var options = index.Options is null ? "" : " OPTIONS " + PrintExpression(index.Options);
        return $"{header} FOR {target} ON {properties}{options}";
    }

    private static string PrintSchemaName(string? name, bool ifNotExists) =>
        (name is null ? "" : " " + Name(name)) + (ifNotExists ? " IF NOT EXISTS" : "");

    private static string PrintSchemaTarget(Variable variable, IEnumerable<string> labels, bool isRelationship)
    {
        var inner = Name(variable.Name) + ":" + string.Join("|", labels.Select(Name));
        return isRelationship ? $"()-[{inner}]-()" : $"({inner})";
    }
}
