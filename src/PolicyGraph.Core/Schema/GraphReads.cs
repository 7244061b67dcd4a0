namespace PolicyGraph.Core.Schema;

/// <summary>
/// The Cypher the product's own reads run (the web app's search, details, neighbourhoods, overview and exports).
/// Plain openCypher that runs unchanged on the embedded engine and on Neo4j 5; parameters are named in each text.
/// </summary>
public static class GraphReads
{
    private const string Id = PropertyNames.Id;

    /// <summary>$id → n.</summary>
    public const string NodeById = $"MATCH (n) WHERE n.{Id} = $id RETURN n";

    /// <summary>$id → a, r, b: a relationship and its endpoints.</summary>
    public const string RelationshipById = $"MATCH (a)-[r]->(b) WHERE r.{Id} = $id RETURN a, r, b";

    /// <summary>$id → type, count: the node's relationships by type.</summary>
    public const string RelationshipCounts =
        $"MATCH (n)-[r]-() WHERE n.{Id} = $id RETURN type(r) AS type, count(r) AS count";

    /// <summary>$id, $type (or null) → total.</summary>
    public const string NeighbourCount =
        $"MATCH (n)-[r]-() WHERE n.{Id} = $id AND ($type IS NULL OR type(r) = $type) RETURN count(r) AS total";

    /// <summary>$id, $type (or null), $offset, $limit → start, r, end, m: one page, by type then the other end's name.</summary>
    public const string NeighbourPage =
        $"MATCH (n)-[r]-(m) WHERE n.{Id} = $id AND ($type IS NULL OR type(r) = $type) " +
        $"RETURN startNode(r).{Id} AS start, r, endNode(r).{Id} AS end, m " +
        $"ORDER BY type(r), coalesce(m.{PropertyNames.Name}, m.{PropertyNames.Title}, m.{PropertyNames.Text}, m.{Id}), r.{Id} " +
        "SKIP $offset LIMIT $limit";

    /// <summary>Every node.</summary>
    public const string AllNodes = "MATCH (n) RETURN n";

    /// <summary>Every relationship with its endpoints' ids.</summary>
    public const string AllRelationships = $"MATCH (a)-[r]->(b) RETURN a.{Id} AS start, r, b.{Id} AS end";

    /// <summary>labels, count: nodes per label combination.</summary>
    public const string LabelCounts = "MATCH (n) RETURN labels(n) AS labels, count(*) AS count";

    /// <summary>type, count: relationships per type.</summary>
    public const string TypeCounts = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count";

    /// <summary>$label → n: every node of one label (the overview's documents and zones).</summary>
    public const string NodesWithLabel = "MATCH (n) WHERE $label IN labels(n) RETURN n";

    /// <summary>id, sourceFile, title of every loaded document (provenance resolves files through it).</summary>
    public const string DocumentFiles =
        $"MATCH (d:{NodeLabels.Document}) WHERE d.{PropertyNames.SourceFile} IS NOT NULL " +
        $"RETURN d.{Id} AS id, d.{PropertyNames.SourceFile} AS sourceFile, d.{PropertyNames.Title} AS title";

    /// <summary>$ids → id, count: how many RESPONSIBLE_FOR edges start at each node.</summary>
    public const string ResponsibilityCounts =
        $"MATCH (n)-[r:{RelationshipTypes.ResponsibleFor}]->() WHERE n.{Id} IN $ids RETURN n.{Id} AS id, count(r) AS count";

    /// <summary>$index, $query, $limit → node, score: the full-text index (Lucene syntax, cjk bigrams).</summary>
    public const string FullText =
        "CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score RETURN node, score LIMIT $limit";

    /// <summary>
    /// $labels, $texts (lower case), $limit → n: nodes of those labels whose name, title, 文号 or an alias contains one
    /// of the texts (case-insensitive); short or partial input that the full-text index's bigrams cannot match.
    /// </summary>
    public const string NameContains = $"MATCH (n) WHERE {NameContainsCondition} RETURN n LIMIT $limit";

    private const string NameContainsCondition =
        "any(l IN labels(n) WHERE l IN $labels) AND any(t IN $texts WHERE " +
        $"toLower(coalesce(n.{PropertyNames.Name}, '')) CONTAINS t OR toLower(coalesce(n.{PropertyNames.Title}, '')) CONTAINS t OR " +
        $"toLower(coalesce(n.{PropertyNames.DocNumber}, '')) CONTAINS t OR " +
        $"any(a IN coalesce(n.{PropertyNames.Aliases}, []) WHERE toLower(a) CONTAINS t))";

    /// <summary>
    /// $labels, $names → n: nodes of those labels whose id, name, title, 文号 or an alias equals one of the names
    /// exactly (an entity given by name instead of id).
    /// </summary>
    public const string NamedExactly = $"MATCH (n) WHERE {NamedExactlyCondition} RETURN n";

    private const string NamedExactlyCondition =
        $"any(l IN labels(n) WHERE l IN $labels) AND (n.{Id} IN $names OR n.{PropertyNames.Name} IN $names OR " +
        $"n.{PropertyNames.Title} IN $names OR n.{PropertyNames.DocNumber} IN $names OR " +
        $"any(a IN coalesce(n.{PropertyNames.Aliases}, []) WHERE a IN $names))";

    /// <summary>
    /// $id → n: a document's numbered items and headings that carry a line (what its reader view highlights), reached
    /// through CONTAINS and the HAS_SECTION tree.
    /// </summary>
    public const string DocumentFactNodes =
        $"MATCH (d:{NodeLabels.Document}) WHERE d.{Id} = $id " +
        $"MATCH (d)-[:{RelationshipTypes.Contains}|{RelationshipTypes.HasSection}*1..12]->(n) WHERE n.{PropertyNames.Line} IS NOT NULL " +
        "RETURN DISTINCT n";

    /// <summary>
    /// $id → start, r, end, item: the relationships a document states with a line — units and scopes of its items
    /// (item = the item), its issuer and citations (item = the other end).
    /// </summary>
    public const string DocumentFactRelationships =
        $"MATCH (d:{NodeLabels.Document})-[:{RelationshipTypes.Contains}]->(m) WHERE d.{Id} = $id " +
        $"MATCH ()-[r:{RelationshipTypes.ResponsibleFor}|{RelationshipTypes.AppliesIn}|{RelationshipTypes.PilotedIn}]-(m) " +
        $"WHERE r.{PropertyNames.Line} IS NOT NULL " +
        $"RETURN startNode(r).{Id} AS start, r, endNode(r).{Id} AS end, m.{Id} AS item " +
        "UNION ALL " +
        $"MATCH (d:{NodeLabels.Document})-[r:{RelationshipTypes.IssuedBy}|{RelationshipTypes.Cites}]->(x) " +
        $"WHERE d.{Id} = $id AND r.{PropertyNames.Line} IS NOT NULL " +
        $"RETURN d.{Id} AS start, r, x.{Id} AS end, x.{Id} AS item";

    /// <summary>label: the labels in use (the editor's completion).</summary>
    public const string Labels = "CALL db.labels() YIELD label RETURN label";

    /// <summary>relationshipType: the relationship types in use.</summary>
    public const string RelationshipTypeNames = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType";

    /// <summary>propertyKey: the property keys in use.</summary>
    public const string PropertyKeys = "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey";

    /// <summary>$names → name, signature: those of the named procedures a Neo4j 5 server has (Neo4j only).</summary>
    public const string Neo4jProcedures =
        "SHOW PROCEDURES YIELD name, signature WHERE name IN $names RETURN name, signature";

    /// <summary>The read-only procedures the console offers for completion (when the backend has them).</summary>
    public static IReadOnlyList<string> ConsoleProcedures { get; } =
        ["db.labels", "db.relationshipTypes", "db.propertyKeys", "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships"];

    /// <summary>
    /// $labels → id, labels, name, title, docNumber, aliases, responsibilities: every node of those labels, only what
    /// names it, with its count of RESPONSIBLE_FOR edges, in the order of the node scan that <see cref="NamedExactly"/>
    /// and <see cref="NameContains"/> make — what search holds in memory per graph version to answer both without
    /// scanning per request.
    /// </summary>
    public const string SearchableNodes =
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) " +
        $"RETURN n.{Id} AS id, labels(n) AS labels, n.{PropertyNames.Name} AS name, n.{PropertyNames.Title} AS title, " +
        $"n.{PropertyNames.DocNumber} AS docNumber, n.{PropertyNames.Aliases} AS aliases, " +
        $"size([(n)-[:{RelationshipTypes.ResponsibleFor}]->() | 1]) AS responsibilities";

    /// <summary>The labels search finds nodes of (<see cref="SearchableNodes"/>'s $labels), most wanted first.</summary>
    public static IReadOnlyList<string> SearchableLabels { get; } =
        [NodeLabels.Agency, NodeLabels.Zone, NodeLabels.Document, NodeLabels.InnovationBatch, NodeLabels.Measure, NodeLabels.Requirement, NodeLabels.Section];

    /// <summary>The properties <see cref="SearchableNodes"/> returns, in its column order (labels come after the id).</summary>
    public static IReadOnlyList<string> SearchableKeys { get; } =
        [Id, PropertyNames.Name, PropertyNames.Title, PropertyNames.DocNumber, PropertyNames.Aliases];

    /// <summary>$ids → n: the nodes with those ids.</summary>
    public const string NodesByIds = $"MATCH (n) WHERE n.{Id} IN $ids RETURN n";
}
