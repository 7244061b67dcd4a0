using System.Globalization;
using System.Text;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher;

public static partial class CypherPrinter
{
    public static string PrintExpression(Expression expression) => expression switch
    {
        BinaryExpression binary => PrintBinary(binary),
        UnaryExpression unary => PrintUnary(unary),
        TypePredicate predicate => PrintTypePredicate(predicate),
        NormalizationPredicate predicate => Operand(predicate.Operand, Precedence.Predicate) + (predicate.Negated ? " IS NOT " : " IS ") + predicate.Form + " NORMALIZED",
        // A disjunction is parenthesised so the text also parses inside a comprehension's WHERE.
        LabelPredicate { LabelExpression: { } labels } label => Operand(label.Subject, Precedence.Postfix) + ":" + PrintLabelExpression(labels, 2),
        LabelPredicate label => Operand(label.Subject, Precedence.Postfix) + PrintLabels(label.Labels),
        PropertyLookup lookup => $"{Operand(lookup.Subject, Precedence.Postfix)}.{Name(lookup.Key)}",
        IndexExpression index => $"{Operand(index.Subject, Precedence.Postfix)}[{PrintExpression(index.Index)}]",
        SliceExpression slice => PrintSlice(slice),
        _ => PrintAtom(expression),
    };

    /// <summary>Binding strength, loosest first; a child binding more loosely than its slot gets parentheses.</summary>
    private enum Precedence
    {
        Or,
        Xor,
        And,
        Not,
        Comparison,
        Predicate,
        Additive,
        Multiplicative,
        Power,
        Unary,
        Postfix,
        Atom,
    }

    private static Precedence PrecedenceOf(Expression expression) => expression switch
    {
        BinaryExpression binary => PrecedenceOf(binary.Operator),
        UnaryExpression { Operator: UnaryOperator.Not } => Precedence.Not,
        UnaryExpression { Operator: UnaryOperator.IsNull or UnaryOperator.IsNotNull } => Precedence.Predicate,
        TypePredicate or NormalizationPredicate => Precedence.Predicate,
        UnaryExpression => Precedence.Unary,
        IntegerLiteral { Value: < 0 } => Precedence.Unary,
        FloatLiteral { Value: < 0 } => Precedence.Unary,
        FloatLiteral literal when double.IsNegative(literal.Value) => Precedence.Unary,
        LabelPredicate or PropertyLookup or IndexExpression or SliceExpression => Precedence.Postfix,
        _ => Precedence.Atom,
    };

    private static Precedence PrecedenceOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => Precedence.Or,
        BinaryOperator.Xor => Precedence.Xor,
        BinaryOperator.And => Precedence.And,
        BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.LessThan or BinaryOperator.GreaterThan
            or BinaryOperator.LessThanOrEqual or BinaryOperator.GreaterThanOrEqual => Precedence.Comparison,
        BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Concatenate => Precedence.Additive,
        BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo => Precedence.Multiplicative,
        BinaryOperator.Power => Precedence.Power,
        _ => Precedence.Predicate,
    };

    public static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "OR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.And => "AND",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.LessThan => "<",
        BinaryOperator.GreaterThan => ">",
        BinaryOperator.LessThanOrEqual => "<=",
        BinaryOperator.GreaterThanOrEqual => ">=",
        BinaryOperator.StartsWith => "STARTS WITH",
        BinaryOperator.EndsWith => "ENDS WITH",
        BinaryOperator.Contains => "CONTAINS",
        BinaryOperator.In => "IN",
        BinaryOperator.RegexMatch => "=~",
        BinaryOperator.Add => "+",
        BinaryOperator.Concatenate => "||",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        _ => "^",
    };

    private static string Operand(Expression expression, Precedence slot)
    {
        var text = PrintExpression(expression);
        return PrecedenceOf(expression) < slot ? "(" + text + ")" : text;
    }

    private static string PrintBinary(BinaryExpression binary)
    {
        var own = PrecedenceOf(binary.Operator);

        // Comparisons do not nest without parentheses: a < b < c would read back as a chain.
        var leftSlot = own == Precedence.Comparison ? own + 1 : own;
        var left = Operand(binary.Left, leftSlot);
        var right = Operand(binary.Right, own + 1);
        return $"{left} {OperatorText(binary.Operator)} {right}";
    }

    private static string PrintUnary(UnaryExpression unary) => unary.Operator switch
    {
        UnaryOperator.Not => "NOT " + Operand(unary.Operand, Precedence.Not),
        UnaryOperator.IsNull => Operand(unary.Operand, Precedence.Predicate) + " IS NULL",
        UnaryOperator.IsNotNull => Operand(unary.Operand, Precedence.Predicate) + " IS NOT NULL",
        UnaryOperator.Minus => "-" + SignedOperand(unary.Operand),
        _ => "+" + SignedOperand(unary.Operand),
    };

    /// <summary>Keeps "- -1" from printing as "--1", which would read back as a comment.</summary>
    private static string SignedOperand(Expression operand)
    {
        var text = Operand(operand, Precedence.Unary);
        return text.StartsWith('-') || text.StartsWith('+') ? "(" + text + ")" : text;
    }

    private static string PrintSlice(SliceExpression slice)
    {
        var from = slice.From is null ? "" : PrintExpression(slice.From);
        var to = slice.To is null ? "" : PrintExpression(slice.To);
        return $"{Operand(slice.Subject, Precedence.Postfix)}[{from}..{to}]";
    }

    private static string PrintAtom(Expression expression) => expression switch
    {
        IntegerLiteral integer => integer.Value.ToString(CultureInfo.InvariantCulture),
        FloatLiteral real => PrintFloat(real.Value),
        StringLiteral text => Quote(text.Value),
        BooleanLiteral boolean => boolean.Value ? "true" : "false",
        NullLiteral => "null",
        ListLiteral list => "[" + PrintList(list.Items) + "]",
        MapLiteral map => PrintMap(map),
        Parameter parameter => "$" + (parameter.Name.All(char.IsAsciiDigit) ? parameter.Name : Name(parameter.Name)),
        Variable variable => Name(variable.Name),
        CountStar => "count(*)",
        FunctionCall call => PrintFunctionCall(call),
        _ => PrintCompound(expression),
    };

    private static string PrintFunctionCall(FunctionCall call) =>
        $"{QualifiedName(call.Name)}({(call.Distinct ? "DISTINCT " : "")}{PrintList(call.Arguments)})";

    private static string PrintMap(MapLiteral map) =>
        "{" + string.Join(", ", map.Entries.Select(entry => $"{Name(entry.Key)}: {PrintExpression(entry.Value)}")) + "}";

    private static string PrintFloat(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            // No literal exists for these; print an expression that evaluates to the same value.
            return double.IsNaN(value) ? "(0.0 / 0.0)" : value > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e").Replace("E-", "e-");
        return text.Contains('.') || text.Contains('e') ? text : text + ".0";
    }

    /// <summary>A single-quoted Cypher string with backslash escapes.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("'");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                // Line and paragraph separators end a line in some editors and in JavaScript, so they are escaped too.
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }
}
