using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher;

public static partial class CypherPrinter
{
    private static string PrintTypePredicate(TypePredicate predicate) =>
        Operand(predicate.Operand, Precedence.Predicate) + (predicate.Negated ? " IS NOT :: " : " IS :: ") + PrintTypeSpec(predicate.Type);

    /// <summary>A value type in Neo4j's canonical spelling (INTEGER NOT NULL, LIST&lt;STRING&gt;, ANY&lt;INTEGER | FLOAT&gt;).</summary>
    public static string PrintTypeSpec(TypeSpec type)
    {
        var text = type switch
        {
            NamedTypeSpec named => named.Name,
            ListTypeSpec list => "LIST<" + PrintTypeSpec(list.Element) + ">",
            UnionTypeSpec union => "ANY<" + string.Join(" | ", union.Alternatives.Select(PrintTypeSpec)) + ">",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown value type"),
        };
        return type.NotNull ? text + " NOT NULL" : text;
    }
}
