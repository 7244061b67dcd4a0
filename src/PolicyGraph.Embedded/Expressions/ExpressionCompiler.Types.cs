using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions.Functions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions;

public static partial class ExpressionCompiler
{
    /// <summary>x IS [NOT] :: TYPE: never null, even for a null operand (null belongs to every nullable type).</summary>
    private static CompiledExpression CompileTypePredicate(TypePredicate predicate)
    {
        var operand = Compile(predicate.Operand);
        var type = predicate.Type;
        var negated = predicate.Negated;
        return (row, context) => Box(TypeSpecTest.Matches(operand(row, context), type) != negated);
    }

    /// <summary>x IS [NOT] form NORMALIZED: null for anything but a string, as in Neo4j.</summary>
    private static CompiledExpression CompileNormalizationPredicate(NormalizationPredicate predicate)
    {
        var operand = Compile(predicate.Operand);
        var form = predicate.Form;
        var negated = predicate.Negated;
        return (row, context) => operand(row, context) is string text
            ? Box(StringFunctions.Normalize(text, form) == text != negated)
            : null;
    }
}
