using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

// Quantified path patterns: Neo4j 5's rules on their shape, their variables and what their predicates may read.
public sealed partial class SemanticAnalyzer
{
    /// <summary>
    /// Checks the repeated part in a scope of its own (its variables are single entities there, as each repetition
    /// sees them), then exposes its variables to the rest of the clause as group variables: lists.
    /// </summary>
    private void BindQuantifiedPath(QuantifiedPath group, VariableLength quantifier, PatternBinding binding)
    {
        if (binding.IsCreating)
        {
            Report("InvalidQuantifiedPathPattern", "Quantified path patterns cannot be used in CREATE or MERGE", group);
            return;
        }

        if (binding.InQuantifiedPath)
        {
            Report("InvalidQuantifiedPathPattern", "Quantified path patterns are not allowed to be nested", group);
            return;
        }

        CheckQuantifier(quantifier);
        if (group.Element.Chains.Count == 0)
        {
            Report("InvalidQuantifiedPathPattern", "A quantified path pattern must contain at least one relationship; a single node pattern cannot be quantified", group);
        }

        var inner = new PatternBinding(binding.Scope, PatternMode.Nested) { InQuantifiedPath = true };
        BindPatternPart(new PatternPart(null, group.Element, ShortestPathKind.None), inner);
        var groupVariables = GroupVariables(group.Element).ToList();
        foreach (var variable in groupVariables.Where(v => binding.Scope.Contains(v.Name)).DistinctBy(v => v.Name))
        {
            Report("VariableAlreadyBound",
                $"The variable `{variable.Name}` of a quantified path pattern is already defined; a variable inside a quantified path pattern must be new (it is a group variable outside it)",
                variable);
        }

        foreach (var predicate in InnerPredicates(group))
        {
            RejectSameClauseReferences(predicate, binding, groupVariables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal));
            CheckPredicate(predicate, inner.Scope);
        }

        foreach (var variable in groupVariables.DistinctBy(v => v.Name).Where(v => !binding.Scope.Contains(v.Name)))
        {
            binding.Scope = binding.Scope.With(variable.Name, CypherType.ListOf(inner.Scope.TypeOf(variable.Name) ?? CypherType.Any));
        }
    }

    private void CheckQuantifier(VariableLength quantifier)
    {
        if (quantifier.Max is { } max && (quantifier.Min ?? 0) > max)
        {
            Report("InvalidQuantifier", "A quantifier for a path pattern must not have a lower bound which exceeds its upper bound", quantifier);
        }
    }

    /// <summary>The node and relationship variables written inside a quantified path pattern, in pattern order.</summary>
    public static IEnumerable<Variable> GroupVariables(PatternElement element)
    {
        if (element.Start.Variable is { } start) yield return start;
        foreach (var chain in element.Chains)
        {
            if (chain.Relationship.Variable is { } relationship) yield return relationship;
            if (chain.Node.Variable is { } node) yield return node;
        }
    }

    /// <summary>The predicates checked per repetition: inline WHEREs of its nodes and relationships, then its own WHERE.</summary>
    public static IEnumerable<Expression> InnerPredicates(QuantifiedPath group)
    {
        var element = group.Element;
        var wheres = new[] { element.Start.Where }
            .Concat(element.Chains.SelectMany(c => new[] { c.Relationship.Where, c.Node.Where }))
            .Append(group.Where);
        return wheres.OfType<Expression>();
    }

    /// <summary>
    /// Neo4j evaluates a quantified path pattern's predicates while it expands, before the rest of the clause is
    /// bound, so they may read only variables of earlier clauses and the pattern's own.
    /// </summary>
    private void RejectSameClauseReferences(Expression predicate, PatternBinding binding, IReadOnlySet<string> own)
    {
        foreach (var variable in SameClauseVariables(predicate, binding).Where(v => !own.Contains(v.Name)))
        {
            Report("InvalidQuantifiedPathPattern",
                $"From within a quantified path pattern, one may only reference variables that are already bound in a previous MATCH clause; `{variable.Name}` is defined in the same MATCH clause",
                variable);
        }
    }

    /// <summary>The variables <paramref name="expression"/> reads that the clause being bound declares (in scope now, not before it).</summary>
    private static IEnumerable<Variable> SameClauseVariables(Expression expression, PatternBinding binding) =>
        ExpressionTree.DescendantsAndSelf(expression).OfType<Variable>()
            .Where(v => binding.Scope.Contains(v.Name) && !binding.Before.Contains(v.Name))
            .DistinctBy(v => v.Name);

    /// <summary>Neo4j refuses a pattern mixing the old <c>*</c> form with quantifiers.</summary>
    private void RejectMixedVariableLengthForms(Pattern pattern)
    {
        var relationships = pattern.Parts.SelectMany(p => p.Element.Chains).Select(c => c.Relationship).ToList();
        var quantified = relationships.Any(r => r.Quantified is not null || r.Length is { IsQuantifier: true });
        var starred = relationships.FirstOrDefault(r => r.Quantified is null && r.Length is { IsQuantifier: false });
        if (quantified && starred is not null)
        {
            Report("InvalidQuantifiedPathPattern",
                "Mixing variable-length relationships ('-[*]-') with quantified relationships ('()-->*()') or quantified path patterns ('(()-->())*') is not allowed",
                starred);
        }

        foreach (var part in pattern.Parts.Where(p => p.Shortest != ShortestPathKind.None))
        {
            if (part.Element.Chains.Any(c => c.Relationship.Quantified is not null))
            {
                Report("InvalidQuantifiedPathPattern", "shortestPath and allShortestPaths take a single relationship, not a quantified path pattern; use SHORTEST instead", part);
            }
        }
    }
}

// Path selectors (SHORTEST k, ALL SHORTEST, SHORTEST k GROUPS, ANY k).
public sealed partial class SemanticAnalyzer
{
    private void CheckPathSelector(PatternPart part, PatternBinding binding)
    {
        if (part.Selector is not { } selector)
        {
            return;
        }

        if (binding.IsCreating)
        {
            Report("InvalidPathSelector", "Path selectors such as SHORTEST and ANY are for matching; CREATE and MERGE cannot take one", selector);
            return;
        }

        if (selector.Count < 1)
        {
            Report("InvalidPathSelector", $"The number of paths or groups a path selector asks for must be a positive integer, not {selector.Count}", selector);
        }

        CheckPredicate(part.Where, binding.Scope);
    }

    /// <summary>
    /// Neo4j: a selective path pattern must be the only path pattern of its MATCH, since relationship uniqueness across
    /// parts would make the number of results depend on which of the tied paths was chosen.
    /// </summary>
    private void RejectSelectiveWithOtherParts(Pattern pattern)
    {
        if (pattern.Parts.Count < 2)
        {
            return;
        }

        foreach (var part in pattern.Parts.Where(p => p.Selector is not null))
        {
            Report("InvalidPathSelector",
                "Multiple path patterns cannot be used in the same clause in combination with a selective path selector; put the selective one in a MATCH of its own",
                part.Selector!);
        }
    }
}
