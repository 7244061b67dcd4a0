namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// A declared index or uniqueness constraint on one property of nodes with one label.
/// Definitions that do not serve lookups (composite, relationship, text indexes) are only recorded.
/// </summary>
public sealed record IndexDefinition(string Name, string Label, string Property, bool Unique, bool ServesLookups = true)
{
    /// <summary>
    /// Every node's stable <c>id</c> (what imports key on) is indexed whatever its labels, so lookups by id are
    /// fast without any declared schema. It never appears in the <see cref="SchemaCatalog"/>.
    /// </summary>
    public static IndexDefinition ImplicitId { get; } = new("implicit id lookup", "", "id", false);

    public bool AnyLabel => Label.Length == 0;

    public bool Covers(string? label, string property) =>
        ServesLookups &&
        (AnyLabel || string.Equals(Label, label, StringComparison.Ordinal)) &&
        string.Equals(Property, property, StringComparison.Ordinal);

    public bool AppliesTo(IReadOnlyCollection<string> labels) => AnyLabel || labels.Contains(Label, StringComparer.Ordinal);

    /// <summary>A TEXT index on one node property: serves CONTAINS / STARTS WITH / ENDS WITH (see Search.TextIndex).</summary>
    public bool IsText { get; init; }

    /// <summary>For a FULLTEXT index: what it covers and how text is split into terms; null for other kinds.</summary>
    public FullTextSpec? FullText { get; init; }
}

/// <summary>A full-text index: nodes with any of <see cref="Labels"/> (or relationships of those types), the
/// string properties it reads, and the analyzer named in its OPTIONS (Neo4j's names: cjk, standard, …).</summary>
public sealed record FullTextSpec(IReadOnlyList<string> Labels, IReadOnlyList<string> Properties, bool OnRelationships, string Analyzer);

/// <summary>The schema of one snapshot: every index and constraint, in creation order.</summary>
public sealed record SchemaCatalog(IReadOnlyList<IndexDefinition> Definitions)
{
    public static SchemaCatalog Empty { get; } = new([]);

    public IndexDefinition? Find(string name) =>
        Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    /// <summary>The definition on the same label/property/kind, whatever its name.</summary>
    public IndexDefinition? FindEquivalent(IndexDefinition definition) =>
        Definitions.FirstOrDefault(d =>
            d.Unique == definition.Unique &&
            d.ServesLookups == definition.ServesLookups &&
            d.Label == definition.Label &&
            d.Property == definition.Property);

    /// <summary>The TEXT index on <paramref name="label"/>.<paramref name="property"/>, if any.</summary>
    public IndexDefinition? FindText(string? label, string property) =>
        Definitions.FirstOrDefault(d => d.IsText && d.Label == label && d.Property == property);

    public SchemaCatalog With(IndexDefinition definition) => new([.. Definitions, definition]);

    public SchemaCatalog Without(string name) =>
        new(Definitions.Where(d => !string.Equals(d.Name, name, StringComparison.Ordinal)).ToArray());
}
