using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

public sealed partial class SemanticAnalyzer
{
    private enum PatternMode
    {
        Match,
        Create,
        Merge,

        /// <summary>A pattern inside a comprehension or EXISTS: like MATCH, in its own scope.</summary>
        Nested,
    }

    /// <summary>Variables bound by the pattern being checked, kept separate to tell reuse from rebinding.</summary>
    private sealed class PatternBinding(Scope scope, PatternMode mode)
    {
        public Scope Scope { get; set; } = scope;

        /// <summary>The variables bound before the clause (all a quantified path pattern may read from outside).</summary>
        public Scope Before { get; } = scope;

        /// <summary>Inside a quantified path pattern, where inline WHERE is checked per repetition instead of being moved out.</summary>
        public bool InQuantifiedPath { get; init; }

        public PatternMode Mode { get; } = mode;

        public HashSet<string> RelationshipsInClause { get; } = [];

        public bool IsCreating => Mode is PatternMode.Create or PatternMode.Merge;
    }

    private Scope AnalyzeMatch(MatchClause match, Scope scope)
    {
        var bound = BindPattern(match.Pattern, PatternMode.Match, scope);
        CheckPredicate(match.Where, bound);
        return bound;
    }

    private Scope BindPattern(Pattern pattern, PatternMode mode, Scope scope)
    {
        var binding = new PatternBinding(scope, mode);
        RejectMixedVariableLengthForms(pattern);
        RejectSelectiveWithOtherParts(pattern);
        foreach (var part in pattern.Parts)
        {
            BindPatternPart(part, binding);
        }

        return binding.Scope;
    }

    private void BindPatternPart(PatternPart part, PatternBinding binding)
    {
        var element = part.Element;
        var standalone = element.Chains.Count == 0;
        BindNode(element.Start, binding, standalone);
        foreach (var chain in element.Chains)
        {
            BindRelationship(chain.Relationship, binding);
            BindNode(chain.Node, binding, standalone: false);
        }

        if (part.PathVariable is { } path)
        {
            if (binding.Scope.Contains(path.Name))
            {
                Report("VariableAlreadyBound", $"Variable `{path.Name}` already declared", path);
            }

            binding.Scope = binding.Scope.With(path.Name, CypherType.Path);
        }

        CheckPathSelector(part, binding);
    }

    private void BindNode(NodePattern node, PatternBinding binding, bool standalone)
    {
        CheckPatternProperties(node.Properties, binding);
        CheckInlineWhere(node.Where, binding);
        CheckDynamicLabels(node.LabelExpression, binding);
        if (binding.IsCreating && node.LabelExpression is { } expression && !IsCreatableLabels(expression))
        {
            Report(
                "InvalidLabelExpression",
                "CREATE and MERGE take labels joined by ':' or '&' only; |, ! and % are for matching",
                expression);
        }

        if (node.Variable is not { } variable)
        {
            return;
        }

        var existing = binding.Scope.TypeOf(variable.Name);
        if (existing is null)
        {
            binding.Scope = binding.Scope.With(variable.Name, CypherType.Node);
            return;
        }

        if (binding.IsCreating && (standalone || node.Labels.Count > 0 || node.Properties is not null))
        {
            Report(
                "VariableAlreadyBound",
                $"Can't create node `{variable.Name}` with labels or properties here. The variable is already declared in this context",
                variable);
            return;
        }

        if (!existing.Fits([TypeKind.Node]))
        {
            Report(
                "VariableTypeConflict",
                $"Type mismatch: `{variable.Name}` defined with conflicting type {existing} (expected Node)",
                variable);
        }
    }

    /// <summary>
    /// MATCH-like patterns have their inline WHERE moved out by the parser; any left over is in a pattern that creates
    /// or tests, or inside a quantified path pattern, where it holds per repetition.
    /// </summary>
    private void CheckInlineWhere(Expression? where, PatternBinding binding)
    {
        if (where is not null && binding.InQuantifiedPath)
        {
            return;
        }

        if (where is not null)
        {
            Report("InvalidPatternPredicate", "WHERE inside a pattern is allowed only where the pattern is matched (MATCH, EXISTS { }, COUNT { }, pattern comprehensions)", where);
        }
    }

    private void BindRelationship(RelationshipPattern relationship, PatternBinding binding)
    {
        if (relationship.Quantified is { } group)
        {
            BindQuantifiedPath(group, relationship.Length!, binding);
            return;
        }

        CheckInlineWhere(relationship.Where, binding);
        CheckDynamicLabels(relationship.DynamicType, binding);
        if (binding.IsCreating && relationship.Variable is { } reused && binding.Scope.Contains(reused.Name))
        {
            Report(
                "VariableAlreadyBound",
                $"Can't create relationship `{reused.Name}`: the variable is already declared in this context",
                reused);
            return;
        }

        if (binding.IsCreating)
        {
            CheckCreatableRelationship(relationship, binding.Mode);
        }

        if (relationship.Length is { } length)
        {
            CheckLength(length);
            if (binding.InQuantifiedPath)
            {
                Report("InvalidQuantifiedPathPattern", "Quantified path patterns are not allowed to be nested (a variable-length or quantified relationship inside one)", relationship);
            }
        }

        CheckPatternProperties(relationship.Properties, binding);
        if (relationship.Variable is not { } variable)
        {
            return;
        }

        var type = relationship.Length is null ? CypherType.Relationship : CypherType.ListOf(CypherType.Relationship);
        var existing = binding.Scope.TypeOf(variable.Name);
        if (existing is null)
        {
            binding.Scope = binding.Scope.With(variable.Name, type);
            binding.RelationshipsInClause.Add(variable.Name);
            return;
        }

        CheckRelationshipReuse(variable, existing, relationship.Length is not null, binding);
    }

    private void CheckRelationshipReuse(Variable variable, CypherType existing, bool variableLength, PatternBinding binding)
    {
        if (binding.IsCreating)
        {
            Report(
                "VariableAlreadyBound",
                $"Can't create relationship `{variable.Name}`: the variable is already declared in this context",
                variable);
            return;
        }

        var fits = existing.Fits([TypeKind.Relationship])
            || (variableLength && existing.Kind == TypeKind.List && existing.Element?.Kind is TypeKind.Relationship or TypeKind.Any);
        if (!fits)
        {
            Report(
                "VariableTypeConflict",
                $"Type mismatch: `{variable.Name}` defined with conflicting type {existing} (expected Relationship)",
                variable);
            return;
        }

        if (binding.RelationshipsInClause.Contains(variable.Name))
        {
            Report(
                "RelationshipUniquenessViolation",
                $"Cannot use the same relationship variable `{variable.Name}` for multiple relationships",
                variable);
        }
    }

    private void CheckCreatableRelationship(RelationshipPattern relationship, PatternMode mode)
    {
        var verb = mode == PatternMode.Create ? "CREATE" : "MERGE";
        if (relationship.Length is not null)
        {
            Report("CreatingVarLength", $"Variable length relationships cannot be used in {verb}", relationship);
            return;
        }

        var dynamicType = relationship.DynamicType is { Any: false };
        if (!dynamicType && (relationship.Types.Count != 1 || relationship.TypeExpression is not null))
        {
            Report("NoSingleRelationshipType", $"Exactly one relationship type must be specified for {verb}", relationship);
            return;
        }

        if (mode == PatternMode.Create && relationship.Direction == RelationshipDirection.Undirected)
        {
            Report("RequiresDirectedRelationship", "Only directed relationships are supported in CREATE", relationship);
        }
    }

    private void CheckLength(VariableLength length)
    {
        if (length.Min is < 0 || length.Max is < 0)
        {
            Report("InvalidRelationshipPattern", "Variable length bounds cannot be negative", length);
        }
    }

    /// <summary>Property maps are checked in the scope built so far; MATCH and MERGE cannot take a $map.</summary>
    private void CheckPatternProperties(Expression? properties, PatternBinding binding)
    {
        if (properties is null)
        {
            return;
        }

        if (properties is Parameter && binding.Mode is PatternMode.Match or PatternMode.Merge or PatternMode.Nested)
        {
            Report("InvalidParameterUse", "Parameter maps cannot be used in MATCH or MERGE patterns", properties);
            return;
        }

        var type = Infer(properties, new ExpressionContext(binding.Scope));
        if (!type.Fits([TypeKind.Map]))
        {
            Report("InvalidArgumentType", $"Pattern properties must be a map, but was {type}", properties);
        }
    }

    /// <summary>A pattern used as a predicate may only refer to variables that already exist.</summary>
    private void CheckPatternPredicate(PatternElement element, Scope scope)
    {
        var nodes = new[] { element.Start }.Concat(element.Chains.Select(chain => chain.Node));
        var variables = nodes.Select(node => node.Variable)
            .Concat(element.Chains.Select(chain => chain.Relationship.Variable))
            .OfType<Variable>();
        foreach (var variable in variables.Where(variable => !scope.Contains(variable.Name)))
        {
            Report(
                "UndefinedVariable",
                $"Variable `{variable.Name}` not defined (patterns used as predicates cannot introduce new variables)",
                variable);
        }

        BindPatternPart(new PatternPart(null, element, ShortestPathKind.None), new PatternBinding(scope, PatternMode.Nested));
    }
}
