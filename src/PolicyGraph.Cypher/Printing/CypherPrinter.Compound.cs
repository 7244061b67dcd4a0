using System.Text;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher;

public static partial class CypherPrinter
{
    private static string PrintCompound(Expression expression) => expression switch
    {
        CaseExpression caseExpression => PrintCase(caseExpression),
        ListComprehension list => PrintListComprehension(list),
        PatternComprehension pattern => PrintPatternComprehension(pattern),
        Quantifier quantifier => PrintQuantifier(quantifier),
        PatternPredicate predicate => PrintPatternElement(predicate.Pattern),
        ExistsSubquery exists => "EXISTS { " + Print(exists.Query) + " }",
        CountSubquery count => "COUNT { " + Print(count.Query) + " }",
        CollectSubquery collect => "COLLECT { " + Print(collect.Query) + " }",
        MapProjection projection => PrintMapProjection(projection),
        Reduce reduce => PrintReduce(reduce),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown expression kind"),
    };

    private static string PrintCase(CaseExpression expression)
    {
        var text = new StringBuilder("CASE");
        if (expression.Test is not null)
        {
            text.Append(' ').Append(PrintExpression(expression.Test));
        }

        foreach (var alternative in expression.Alternatives)
        {
            text.Append(" WHEN ").Append(PrintExpression(alternative.When))
                .Append(" THEN ").Append(PrintExpression(alternative.Then));
        }

        if (expression.Else is not null)
        {
            text.Append(" ELSE ").Append(PrintExpression(expression.Else));
        }

        return text.Append(" END").ToString();
    }

    private static string PrintListComprehension(ListComprehension list)
    {
        var text = $"[{Name(list.Variable.Name)} IN {PrintExpression(list.Source)}{PrintWhere(list.Where)}";
        return text + (list.Projection is null ? "" : " | " + PrintExpression(list.Projection)) + "]";
    }

    private static string PrintPatternComprehension(PatternComprehension comprehension)
    {
        var path = comprehension.PathVariable is null ? "" : Name(comprehension.PathVariable.Name) + " = ";
        var pattern = PrintPatternElement(comprehension.Pattern);
        return $"[{path}{pattern}{PrintWhere(comprehension.Where)} | {PrintExpression(comprehension.Projection)}]";
    }

    private static string PrintQuantifier(Quantifier quantifier)
    {
        var name = quantifier.Kind.ToString().ToLowerInvariant();
        var source = PrintExpression(quantifier.Source);
        return $"{name}({Name(quantifier.Variable.Name)} IN {source}{PrintWhere(quantifier.Where)})";
    }

    private static string PrintMapProjection(MapProjection projection)
    {
        var items = projection.Items.Select(item => item switch
        {
            PropertySelector property => "." + Name(property.Key),
            LiteralEntry entry => $"{Name(entry.Key)}: {PrintExpression(entry.Value)}",
            VariableSelector variable => Name(variable.Variable.Name),
            AllPropertiesSelector => ".*",
            _ => throw new ArgumentOutOfRangeException(nameof(projection), item.GetType().Name, "Unknown map projection item"),
        });
        return Name(projection.Subject.Name) + "{" + string.Join(", ", items) + "}";
    }

    private static string PrintReduce(Reduce reduce) =>
        $"reduce({Name(reduce.Accumulator.Name)} = {PrintExpression(reduce.Init)}, " +
        $"{Name(reduce.Variable.Name)} IN {PrintExpression(reduce.Source)} | {PrintExpression(reduce.Expression)})";

    /// <summary>An identifier, back-quoted when it is not a plain name or could be read as a keyword.</summary>
    public static string Name(string name)
    {
        var plain = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            && !Lexing.Keywords.IsReserved(name);
        return plain ? name : "`" + name.Replace("`", "``") + "`";
    }
}
