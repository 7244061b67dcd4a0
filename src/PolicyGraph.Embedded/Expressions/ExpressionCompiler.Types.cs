using PolicyGraph.Cypher.Ast;
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
}
