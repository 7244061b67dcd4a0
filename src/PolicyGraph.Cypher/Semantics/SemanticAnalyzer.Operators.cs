using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

public sealed partial class SemanticAnalyzer
{
    private static readonly TypeKind[] ListKinds = [TypeKind.List];

    private static readonly TypeKind[] ConcatenableKinds = [TypeKind.String, TypeKind.List];

    /// <summary>Kinds that can never be an operand of - * / % ^ (so a certain one is rejected early).</summary>
    private static readonly TypeKind[] ArithmeticKinds = [TypeKind.Integer, TypeKind.Float, TypeKind.Other];

    private CypherType InferBinary(BinaryExpression binary, ExpressionContext context)
    {
        var left = Infer(binary.Left, context);
        var right = Infer(binary.Right, context);
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor:
                RequireBoolean(left, binary.Left);
                RequireBoolean(right, binary.Right);
                return CypherType.Boolean;
            case BinaryOperator.In:
                RequireKind(right, ListKinds, binary.Right, "List");
                return CypherType.Boolean;
            case BinaryOperator.Add:
                return AdditionType(left, right);
            case BinaryOperator.Concatenate:
                RequireKind(left, ConcatenableKinds, binary.Left, "String or List");
                RequireKind(right, ConcatenableKinds, binary.Right, "String or List");
                return left.Kind == TypeKind.List || right.Kind == TypeKind.List ? CypherType.ListOf(CypherType.Any) : CypherType.String;
            case BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo
                or BinaryOperator.Power:
                RequireKind(left, ArithmeticKinds, binary.Left, "a number");
                RequireKind(right, ArithmeticKinds, binary.Right, "a number");
                return NumericType(binary.Operator, left, right);
            default:
                return CypherType.Boolean;
        }
    }

    private void RequireKind(CypherType type, TypeKind[] allowed, Expression expression, string expected)
    {
        if (!type.Fits(allowed))
        {
            Report("InvalidArgumentType", $"Type mismatch: expected {expected} but was {type}", expression);
        }
    }

    private static CypherType AdditionType(CypherType left, CypherType right)
    {
        if (left.Kind == TypeKind.List || right.Kind == TypeKind.List)
        {
            return CypherType.ListOf(CypherType.Any);
        }

        if (left.Kind == TypeKind.String || right.Kind == TypeKind.String)
        {
            return CypherType.String;
        }

        return NumericType(BinaryOperator.Add, left, right);
    }

    private static CypherType NumericType(BinaryOperator op, CypherType left, CypherType right)
    {
        if (left.Kind == TypeKind.Integer && right.Kind == TypeKind.Integer)
        {
            return op == BinaryOperator.Power ? CypherType.Float : CypherType.Integer;
        }

        var numbers = new[] { TypeKind.Integer, TypeKind.Float };
        return numbers.Contains(left.Kind) && numbers.Contains(right.Kind) ? CypherType.Float : CypherType.Any;
    }

    private CypherType InferUnary(UnaryExpression unary, ExpressionContext context)
    {
        var operand = Infer(unary.Operand, context);
        switch (unary.Operator)
        {
            case UnaryOperator.Not:
                RequireBoolean(operand, unary.Operand);
                return CypherType.Boolean;
            case UnaryOperator.IsNull or UnaryOperator.IsNotNull:
                return CypherType.Boolean;
            default:
                RequireKind(operand, ArithmeticKinds, unary.Operand, "a number");
                return operand.Kind is TypeKind.Integer or TypeKind.Float ? operand : CypherType.Any;
        }
    }
}
