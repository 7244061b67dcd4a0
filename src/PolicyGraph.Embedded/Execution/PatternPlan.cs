using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Semantics;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// A pattern part flattened for matching: <c>Nodes[i] -Relationships[i]- Nodes[i + 1]</c>, directions as
/// written left to right.
/// </summary>
internal sealed class PatternPlan
{
    public PatternPlan(PatternElement element, Variable? pathVariable, ShortestPathKind shortest, bool sharesRelationships = false)
    {
        Nodes = [element.Start, .. element.Chains.Select(c => c.Node)];
        Relationships = element.Chains.Select(c => c.Relationship).ToArray();
        Quantified = Relationships.Select(r => r.Quantified is { } group ? new QuantifiedPlan(group, r.Length!) : null).ToArray();
        PathVariable = pathVariable;
        Shortest = shortest;
        TracksUniqueness = sharesRelationships || Relationships.Length > 1;
    }

    /// <summary>
    /// False when this is the only relationship of the whole MATCH: then no other hop can reuse it and single
    /// hops skip the bookkeeping (variable-length hops always keep their trails relationship-unique).
    /// </summary>
    public bool TracksUniqueness { get; }

    public NodePattern[] Nodes { get; }

    public RelationshipPattern[] Relationships { get; }

    /// <summary>For each relationship position that is a quantified path pattern, its repeated part (else null).</summary>
    public QuantifiedPlan?[] Quantified { get; }

    public Variable? PathVariable { get; }

    public ShortestPathKind Shortest { get; }

    /// <summary>A path selector (SHORTEST k, ANY …), with <see cref="PreFilter"/> the predicate checked before it selects.</summary>
    public PathSelector? Selector { get; init; }

    public Expression? PreFilter { get; init; }

    public static PatternPlan From(PatternPart part) =>
        new(part.Element, part.PathVariable, part.Shortest) { Selector = part.Selector, PreFilter = part.Where };

    /// <summary>The plans of all parts of one MATCH, which share relationship uniqueness.</summary>
    public static PatternPlan[] ForPattern(Pattern pattern)
    {
        var shared = pattern.Parts.Sum(p => p.Element.Chains.Count) > 1;
        return pattern.Parts.Select(p => new PatternPlan(p.Element, p.PathVariable, p.Shortest, shared) { Selector = p.Selector, PreFilter = p.Where })
            .ToArray();
    }

    /// <summary>Every variable the pattern can bind (nodes, relationships, path), in pattern order.</summary>
    public IEnumerable<string> Variables()
    {
        for (var i = 0; i < Nodes.Length; i++)
        {
            if (Nodes[i].Variable is { } node) yield return node.Name;
            if (i < Relationships.Length && Relationships[i].Variable is { } relationship) yield return relationship.Name;
            if (i < Relationships.Length && Quantified[i] is { } group)
                foreach (var name in group.GroupVariables) yield return name;
        }
        if (PathVariable is not null) yield return PathVariable.Name;
    }
}

/// <summary>
/// The repeated part of a quantified path pattern, prepared once per plan: its fixed-length path (matched with the
/// same operators as a pattern part), the bounds and the predicates each repetition must pass.
/// </summary>
internal sealed class QuantifiedPlan
{
    public QuantifiedPlan(QuantifiedPath group, VariableLength quantifier)
    {
        Inner = new PatternPlan(group.Element, null, ShortestPathKind.None, sharesRelationships: true);
        Min = (int)Math.Min(quantifier.Min ?? 1, int.MaxValue);
        Max = (int)Math.Min(quantifier.Max ?? int.MaxValue, int.MaxValue);
        GroupVariables = SemanticAnalyzer.GroupVariables(group.Element).Select(v => v.Name).Distinct(StringComparer.Ordinal).ToArray();
        Predicates = SemanticAnalyzer.InnerPredicates(group).ToArray();
    }

    public PatternPlan Inner { get; }

    public int Min { get; }

    public int Max { get; }

    /// <summary>The variables written inside, bound outside as one list entry per repetition.</summary>
    public string[] GroupVariables { get; }

    public Expression[] Predicates { get; }
}

/// <summary>
/// Which entity each position of a <see cref="PatternPlan"/> is bound to during one match (plain arrays, so
/// binding allocates nothing), plus one reusable neighbour buffer per relationship position: a depth-first
/// match has at most one hop active per position.
/// </summary>
internal sealed class MatchState
{
    private readonly List<(int Relationship, int Other)>?[] _buffers;

    /// <param name="input">The row the match extends: dynamic labels ($(…)) are evaluated on it once.</param>
    public MatchState(PatternPlan plan, ExecutionContext context, Row input)
    {
        var graph = context.Graph;
        var repeated = plan.Variables().GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        MayBeBound = plan.Nodes.Select(n => n.Variable is { } v && (input.Has(v.Name) || repeated.Contains(v.Name))).ToArray();
        Labels = plan.Nodes.Select(node => node.Labels.Select(graph.ResolveLabel).ToArray()).ToArray();
        LabelTests = plan.Nodes.Select(node => node.LabelExpression is { } e ? LabelTest.Compile(e, graph, dynamic => context.Evaluate(dynamic, input)) : null).ToArray();
        NodeIds = new int[plan.Nodes.Length];
        Relationships = new int[plan.Relationships.Length];
        Trails = new int[]?[plan.Relationships.Length];
        _buffers = new List<(int, int)>?[plan.Relationships.Length];
    }

    public int[] NodeIds { get; }

    /// <summary>
    /// Whether a node position's variable can already hold a value when the position is bound: it comes from the
    /// input row or occurs twice in the pattern. Fresh variables skip the row lookup on every candidate.
    /// </summary>
    public bool[] MayBeBound { get; }

    /// <summary>The labels each node position requires, resolved once so binding a node tests bits instead of hashing names.</summary>
    public LabelCheck[][] Labels { get; }

    /// <summary>Each node position's label expression (<c>:A|B</c>), when it is not a plain list of labels.</summary>
    public LabelTest?[] LabelTests { get; }

    /// <summary>The relationship of each single-hop position.</summary>
    public int[] Relationships { get; }

    /// <summary>The relationships of each variable-length position, in pattern order (null for single hops).</summary>
    public int[]?[] Trails { get; }

    /// <summary>
    /// How many more relationships the match may use (a path selector searches by increasing length); unlimited
    /// otherwise. Each hop takes its length off while its match is in use.
    /// </summary>
    public int LengthLeft { get; set; } = int.MaxValue;

    /// <summary>Set when some walk stopped at <see cref="LengthLeft"/> although it could have gone on.</summary>
    public bool Truncated { get; set; }

    public List<(int Relationship, int Other)> Buffer(int index)
    {
        var buffer = _buffers[index] ??= [];
        buffer.Clear();
        return buffer;
    }
}
