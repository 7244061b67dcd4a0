using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// A node pattern's label expression (<c>:A|B</c>, <c>:!A</c>, <c>:%</c>) resolved once per match, so each
/// candidate is tested against label bitsets rather than by name.
/// </summary>
internal sealed class LabelTest
{
    private readonly Func<int, bool> _matches;

    private LabelTest(Func<int, bool> matches) => _matches = matches;

    public bool Matches(int node) => _matches(node);

    /// <param name="evaluate">Evaluates a dynamic label's expression ($(…)) for the row being matched.</param>
    public static LabelTest Compile(LabelExpression expression, GraphTransaction graph, Func<Expression, object?> evaluate) =>
        new(Build(expression, graph, evaluate));

    /// <summary>The label names whose nodes are the only possible matches (a disjunction of names), else null.</summary>
    public static IReadOnlyList<string>? CandidateLabels(LabelExpression expression) => expression switch
    {
        LabelName name => [name.Name],
        LabelDisjunction either when CandidateLabels(either.Left) is { } left && CandidateLabels(either.Right) is { } right => [.. left, .. right],
        _ => null,
    };

    private static Func<int, bool> Build(LabelExpression expression, GraphTransaction graph, Func<Expression, object?> evaluate)
    {
        switch (expression)
        {
            case LabelName name:
                var check = graph.ResolveLabel(name.Name);
                return node => check.IsOn(node);
            case AnyLabel:
                return node => graph.Labels(node).Count > 0;
            case DynamicLabel dynamic:
                var checks = DynamicNames.Of(dynamic.Expression, evaluate(dynamic.Expression)).Select(graph.ResolveLabel).ToArray();
                return dynamic.Any ? node => checks.Any(c => c.IsOn(node)) : node => checks.All(c => c.IsOn(node));
            case LabelNegation negation:
                var operand = Build(negation.Operand, graph, evaluate);
                return node => !operand(node);
            case LabelConjunction both:
                var (leftAnd, rightAnd) = (Build(both.Left, graph, evaluate), Build(both.Right, graph, evaluate));
                return node => leftAnd(node) && rightAnd(node);
            case LabelDisjunction either:
                var (leftOr, rightOr) = (Build(either.Left, graph, evaluate), Build(either.Right, graph, evaluate));
                return node => leftOr(node) || rightOr(node);
            default:
                throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name);
        }
    }
}
