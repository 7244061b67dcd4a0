namespace PolicyGraph.Core.Schema;

/// <summary>The node labels of the graph contract (cypher/README.md, "Nodes").</summary>
public static class NodeLabels
{
    public const string Document = "Document";
    public const string Section = "Section";
    public const string Measure = "Measure";
    public const string Requirement = "Requirement";
    /// <summary>An item of an innovation batch; always carried together with <see cref="Measure"/>.</summary>
    public const string Innovation = "Innovation";
    public const string Agency = "Agency";
    public const string Zone = "Zone";
    public const string InnovationBatch = "InnovationBatch";

    public static IReadOnlyList<string> All { get; } =
        [Document, Section, Measure, Requirement, Innovation, Agency, Zone, InnovationBatch];

    /// <summary>Labels of numbered items of a document (what coverage counts).</summary>
    public static IReadOnlyList<string> Items { get; } = [Measure, Requirement];
}

/// <summary>The relationship types of the graph contract (cypher/README.md, "Relationships").</summary>
public static class RelationshipTypes
{
    public const string HasSection = "HAS_SECTION";
    public const string Contains = "CONTAINS";
    public const string ResponsibleFor = "RESPONSIBLE_FOR";
    public const string AppliesIn = "APPLIES_IN";
    public const string PilotedIn = "PILOTED_IN";
    public const string Publishes = "PUBLISHES";
    public const string Includes = "INCLUDES";
    public const string IssuedBy = "ISSUED_BY";
    public const string Cites = "CITES";
    public const string Mentions = "MENTIONS";
    public const string PartOf = "PART_OF";
    public const string SimilarTo = "SIMILAR_TO";

    public static IReadOnlyList<string> All { get; } =
        [HasSection, Contains, ResponsibleFor, AppliesIn, PilotedIn, Publishes, Includes, IssuedBy, Cites, Mentions, PartOf, SimilarTo];
}

/// <summary>Values of the <c>sources</c> property: which part of a document states a fact.</summary>
public static class StatementSources
{
    public const string Body = "body";
    public const string Table = "table";
}

/// <summary>Indexes of cypher/schema that the product's own reads rely on.</summary>
public static class SchemaIndexes
{
    /// <summary>The full-text index over names, titles and texts (cjk analyzer: Chinese as bigrams).</summary>
    public const string PolicyText = "policy_text";
}
