using System.Collections.Immutable;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>The variables visible at one point of a query, with their static types. Immutable.</summary>
public sealed class Scope
{
    private readonly ImmutableDictionary<string, CypherType> variables;

    private Scope(ImmutableDictionary<string, CypherType> variables) => this.variables = variables;

    public static Scope Empty { get; } = new(ImmutableDictionary<string, CypherType>.Empty);

    public IEnumerable<string> Names => variables.Keys.Order(StringComparer.Ordinal);

    public bool IsEmpty => variables.IsEmpty;

    public bool Contains(string name) => variables.ContainsKey(name);

    public CypherType? TypeOf(string name) => variables.GetValueOrDefault(name);

    public Scope With(string name, CypherType type) => new(variables.SetItem(name, type));

    /// <summary>This scope with <paramref name="other"/>'s variables added, <paramref name="other"/> winning on clashes.</summary>
    public Scope Merge(Scope other) => new(variables.SetItems(other.variables));
}
