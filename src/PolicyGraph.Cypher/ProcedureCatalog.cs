namespace PolicyGraph.Cypher;

/// <summary>Procedures known to only read, so calling them is allowed in read-only mode.</summary>
public static class ProcedureCatalog
{
    private static readonly HashSet<string> ReadOnlyProcedures = new(StringComparer.OrdinalIgnoreCase)
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.indexes",
        "db.constraints",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
        "dbms.components",
        "dbms.procedures",
        "dbms.functions",
    };

    public static bool IsReadOnly(string procedureName) => ReadOnlyProcedures.Contains(procedureName);
}
