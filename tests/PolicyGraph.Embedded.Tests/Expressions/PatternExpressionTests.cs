using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions;
using static PolicyGraph.Embedded.Tests.Expressions.E;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>Pattern expressions delegate matching to the executor's IPatternMatcher; a scripted one stands in here.</summary>
public class PatternExpressionTests
{
    private static readonly PatternElement AnyPattern = new(new NodePattern(Var("a"), [], null), []);

    private sealed class ScriptedMatcher(params IRow[] matches) : IPatternMatcher
    {
        public int Pulled { get; private set; }

        public IEnumerable<IRow> Match(PatternElement pattern, Variable? pathVariable, IRow outer, EvaluationContext context)
        {
            foreach (var match in matches)
            {
                Pulled++;
                yield return match;
            }
        }

        public bool Exists(Query subquery, IRow outer, EvaluationContext context) => matches.Length > 0;

        public long Count(Query subquery, IRow outer, EvaluationContext context) => matches.Length;

        public IReadOnlyList<object?> Collect(Query subquery, IRow outer, EvaluationContext context) =>
            matches.Select(m => m.TryGetValue("x", out var value) ? value : null).ToArray();
    }

    [Fact]
    public void A_pattern_predicate_is_true_when_there_is_a_match_and_stops_at_the_first()
    {
        var matcher = new ScriptedMatcher(Row(("b", 1L)), Row(("b", 2L)));
        var context = new EvaluationContext(new TestGraph(), patterns: matcher);

        Assert.Equal(true, Eval(new PatternPredicate(AnyPattern), context: context));
        Assert.Equal(1, matcher.Pulled);
        Assert.Equal(false, Eval(new PatternPredicate(AnyPattern), context: new EvaluationContext(new TestGraph(), patterns: new ScriptedMatcher())));
    }

    [Fact]
    public void A_pattern_comprehension_filters_and_projects_each_match()
    {
        var matcher = new ScriptedMatcher(Row(("b", 1L)), Row(("b", 2L)), Row(("b", 3L)));
        var comprehension = new PatternComprehension(
            null, AnyPattern, Bin(BinaryOperator.GreaterThan, Var("b"), Int(1)), Bin(BinaryOperator.Multiply, Var("b"), Int(10)));

        var result = Eval(comprehension, context: new EvaluationContext(new TestGraph(), patterns: matcher));

        Assert.Equal(new object?[] { 20L, 30L }, (IEnumerable<object?>)result!);
    }

    [Fact]
    public void Exists_subqueries_ask_the_matcher()
    {
        var exists = new ExistsSubquery(new SingleQuery([]));
        Assert.Equal(true, Eval(exists, context: new EvaluationContext(new TestGraph(), patterns: new ScriptedMatcher(Row()))));
        Assert.Equal(false, Eval(exists, context: new EvaluationContext(new TestGraph(), patterns: new ScriptedMatcher())));
    }

    [Fact]
    public void Without_a_matcher_pattern_expressions_fail_clearly()
    {
        var error = Assert.Throws<CypherException>(() => Eval(new PatternPredicate(AnyPattern)));
        Assert.Contains("pattern", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
