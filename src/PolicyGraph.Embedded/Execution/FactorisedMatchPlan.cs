using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Semantics;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// A pattern variable an aggregation reads: a node position or a single-hop relationship index, and how it is read.
/// </summary>
internal readonly record struct MatchSlot(string Variable, bool IsRelationship, int Index, SlotRead Read = default)
{
    /// <summary>Whether the slot holds one entity per distinct value read (see <see cref="SlotRead"/>), not the entity matched.</summary>
    public bool ByValue => Read.Kind != SlotReadKind.Entity;
}

internal enum SlotReadKind
{
    /// <summary>The entity itself (bare variable, map projection, several forms).</summary>
    Entity,

    /// <summary>Only <c>type(r)</c>.</summary>
    Type,

    /// <summary>Only <c>n.key</c>, one key.</summary>
    Property,
}

/// <summary>
/// How every read of a variable after the MATCH looks. When a variable is read only as <c>type(r)</c> or only as
/// <c>n.key</c>, matches whose entities give the same value can share one tuple: the walk records the first entity
/// seen with that value in place of each, so the tuples are as many as the distinct values, and every expression
/// evaluated on that entity reads the same value as on the entity it stands for.
/// </summary>
internal readonly record struct SlotRead(SlotReadKind Kind, string? Key = null)
{
    public static SlotRead Combine(SlotRead? earlier, SlotRead next) =>
        earlier is not { } seen || seen == next ? next : new SlotRead(SlotReadKind.Entity);
}

/// <summary>
/// When a MATCH feeds an aggregating or DISTINCT WITH / RETURN that reads only some of the pattern's variables, the
/// matches can be counted per tuple of the variables it reads instead of being produced one row each: the WHERE,
/// the grouping keys and the aggregates then run once per distinct tuple, weighted by its count (DISTINCT ignores it). Co-responsibility
/// pairs over a shared measure, citations over any path length, and "count per node" all have this shape.
/// The rewrite applies only where it cannot change results; anything it does not analyse keeps the row pipeline.
/// </summary>
internal sealed class FactorisedMatchPlan
{
    private static readonly HashSet<string> OrderFreeAggregates = new(["count", "min", "max"], StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlySet<string> _patternVariables;

    private FactorisedMatchPlan(PatternPlan part, MatchSlot[] slots, IReadOnlySet<string> patternVariables)
    {
        Part = part;
        Slots = slots;
        _patternVariables = patternVariables;
    }

    public PatternPlan Part { get; }

    /// <summary>The variables the rest of the query reads, in the order they are bound into each tuple's row.</summary>
    public MatchSlot[] Slots { get; }

    /// <param name="scope">The variables bound before the MATCH.</param>
    /// <param name="projectionWhere">WITH's own WHERE, if any.</param>
    public static FactorisedMatchPlan? TryCreate(
        MatchClause match, ProjectionBody body, Expression? projectionWhere, IReadOnlyCollection<string> scope)
    {
        if (match.Optional || match.Pattern.Parts.Count != 1) return null;
        var partSyntax = match.Pattern.Parts[0];
        if (partSyntax.Shortest != ShortestPathKind.None || partSyntax.Selector is not null) return null;
        // A quantified path pattern binds lists and checks predicates per repetition: the counting walk does neither.
        if (partSyntax.Element.Chains.Any(c => c.Relationship.Quantified is not null)) return null;
        // Aggregates need only each tuple's count, DISTINCT not even that. Both consume every match anyway, except a
        // DISTINCT without ORDER BY, which streams (LIMIT and the row cap stop it early): that one keeps the rows.
        var aggregates = body.Items.Any(i => ExpressionTree.ContainsAggregate(i.Expression));
        if (!aggregates && !(body.Distinct && body.OrderBy.Count > 0)) return null;
        var part = PatternPlan.ForPattern(match.Pattern)[0];
        var patternVariables = part.Variables().ToHashSet(StringComparer.Ordinal);
        var introduced = patternVariables.Where(v => !scope.Contains(v)).ToHashSet(StringComparer.Ordinal);
        var relationshipVariables = part.Relationships.Select(r => r.Variable?.Name).OfType<string>().ToList();
        // Relationship variables bound before the MATCH or written twice: rare, and left to the row pipeline.
        if (relationshipVariables.Any(scope.Contains) || relationshipVariables.Distinct().Count() != relationshipVariables.Count) return null;
        if (!PropertyMapsIndependent(part, introduced)) return null;

        var read = new Dictionary<string, SlotRead>(StringComparer.Ordinal);
        IEnumerable<Expression?> expressions =
        [
            match.Where, projectionWhere, .. body.Items.Select(i => i.Expression), .. body.OrderBy.Select(o => o.Expression),
        ];
        foreach (var expression in expressions)
            if (expression is not null && !CollectReads(expression, patternVariables, read)) return null;
        // Reading the entity itself keeps one tuple per match's entities: no merge by value.
        IEnumerable<string> entities = body.IncludeExisting ? patternVariables : AggregatesIgnoreOrder(body) ? [] : read.Keys.ToList();
        foreach (var variable in entities) read[variable] = new SlotRead(SlotReadKind.Entity);

        var slots = new List<MatchSlot>();
        foreach (var variable in introduced.Where(read.ContainsKey))
        {
            if (SlotFor(part, variable, read[variable]) is not { } slot) return null;
            slots.Add(slot);
        }
        // Worth it only when some position of the pattern is not read or is read by value: otherwise every match is
        // its own tuple.
        var elements = part.Nodes.Length + part.Relationships.Length;
        return slots.Count < elements || slots.Any(s => s.ByValue) ? new FactorisedMatchPlan(part, [.. slots], patternVariables) : null;
    }

    /// <summary>Whether an aggregate call counts matches whatever its argument: count(*) or count(v) of a pattern variable.</summary>
    public bool CountsMatches(Expression call) => CountsMatches(call, _patternVariables);

    private static bool CountsMatches(Expression call, IReadOnlySet<string> patternVariables) =>
        call is CountStar ||
        (call is FunctionCall { Distinct: false, Arguments: [Variable counted] } function &&
         function.Name.Equals("count", StringComparison.OrdinalIgnoreCase) && patternVariables.Contains(counted.Name));

    /// <summary>
    /// Whether every aggregate of <paramref name="body"/> gives the same answer when matches that read the same value
    /// arrive together at the first one's place instead of in match order. A merge by value feeds them so: collect
    /// would list values in another order, sum could overflow where the sequential sum does not, avg, stDev and the
    /// percentiles could round or break ties between 1 and 1.0 differently. count, min, max (the first of equal
    /// extremes is still the first met) and DISTINCT aggregates (first occurrences keep their order) are safe.
    /// </summary>
    private static bool AggregatesIgnoreOrder(ProjectionBody body) =>
        body.Items.Select(i => i.Expression).Concat(body.OrderBy.Select(o => o.Expression))
            .SelectMany(ExpressionTree.DescendantsAndSelf)
            .Where(ExpressionTree.IsAggregate)
            .All(call => call is CountStar || call is FunctionCall { Distinct: true } ||
                         call is FunctionCall { Name: var name } && OrderFreeAggregates.Contains(name));

    private static MatchSlot? SlotFor(PatternPlan part, string variable, SlotRead read)
    {
        if (part.PathVariable?.Name == variable) return null;
        for (var position = 0; position < part.Nodes.Length; position++)
            if (part.Nodes[position].Variable?.Name == variable)
                return new MatchSlot(variable, IsRelationship: false, position, read.Kind == SlotReadKind.Property ? read : default);
        for (var index = 0; index < part.Relationships.Length; index++)
        {
            var relationship = part.Relationships[index];
            if (relationship.Variable?.Name != variable) continue;
            // A variable-length relationship binds a list: its trail is not kept by the counting walk.
            return relationship.Length is null
                ? new MatchSlot(variable, IsRelationship: true, index, read.Kind == SlotReadKind.Type ? read : default)
                : null;
        }
        return null;
    }

    private static bool PropertyMapsIndependent(PatternPlan part, IReadOnlySet<string> introduced) =>
        part.Relationships.All(r => r.ExcludedTypes is null && r.DynamicType is null) && // the counting walk tests allowed types only
        part.Nodes.All(n => n.LabelExpression is null || !DynamicLabel.Within(n.LabelExpression)) &&
        part.Nodes.All(n => n.Properties is null || !ExpressionScan.MayReference(n.Properties, introduced)) &&
        part.Relationships.All(r => r.Properties is null || !ExpressionScan.MayReference(r.Properties, introduced));

    /// <summary>
    /// Adds the variables <paramref name="expression"/> reads. <c>count(*)</c> and <c>count(v)</c> of a pattern
    /// variable read nothing (a match binds every pattern variable, so they count matches). False for forms with
    /// patterns or subqueries inside, whose reads this does not follow.
    /// </summary>
    private static bool CollectReads(Expression expression, IReadOnlySet<string> patternVariables, Dictionary<string, SlotRead> read)
    {
        switch (expression)
        {
            case PatternComprehension or PatternPredicate or ExistsSubquery or CountSubquery or CollectSubquery:
                return false;
            // Evaluated once per tuple instead of once per match, a random value would change the answer.
            case FunctionCall random when random.Name.Equals("rand", StringComparison.OrdinalIgnoreCase) ||
                                          random.Name.Equals("randomUUID", StringComparison.OrdinalIgnoreCase):
                return false;
            case var call when CountsMatches(call, patternVariables):
                return true;
            case FunctionCall { Distinct: false, Arguments: [Variable typed] } function
                when function.Name.Equals("type", StringComparison.OrdinalIgnoreCase):
                Note(read, typed.Name, new SlotRead(SlotReadKind.Type));
                return true;
            case PropertyLookup { Subject: Variable owner } lookup:
                Note(read, owner.Name, new SlotRead(SlotReadKind.Property, lookup.Key));
                return true;
            case Variable variable:
                Note(read, variable.Name, new SlotRead(SlotReadKind.Entity));
                return true;
            case MapProjection projection:
                Note(read, projection.Subject.Name, new SlotRead(SlotReadKind.Entity));
                break;
        }
        foreach (var child in ExpressionTree.Children(expression))
            if (!CollectReads(child, patternVariables, read)) return false;
        return true;
    }

    private static void Note(Dictionary<string, SlotRead> read, string variable, SlotRead form) =>
        read[variable] = SlotRead.Combine(read.TryGetValue(variable, out var earlier) ? earlier : null, form);
}
