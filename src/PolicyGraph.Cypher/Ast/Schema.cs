namespace PolicyGraph.Cypher.Ast;

/// <summary>Schema commands stand alone as a whole statement.</summary>
public abstract record SchemaCommand : Query;

public enum ConstraintKind
{
    /// <summary>REQUIRE n.p IS UNIQUE</summary>
    Unique,

    /// <summary>REQUIRE n.p IS NOT NULL</summary>
    NotNull,

    /// <summary>REQUIRE (n.p, n.q) IS NODE KEY</summary>
    NodeKey,
}

/// <summary>
/// CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.p IS UNIQUE
/// (also FOR ()-[r:TYPE]-() when <see cref="IsRelationship"/>).
/// </summary>
public sealed record CreateConstraintCommand(
    string? Name,
    bool IfNotExists,
    Variable Variable,
    string Label,
    bool IsRelationship,
    AstList<PropertyLookup> Properties,
    ConstraintKind Kind) : SchemaCommand;

public sealed record DropConstraintCommand(string Name, bool IfExists) : SchemaCommand;

public enum IndexKind
{
    Range,
    Text,
    Fulltext,
}

/// <summary>
/// CREATE [RANGE|TEXT|FULLTEXT] INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.p, ...) [OPTIONS {...}].
/// A fulltext index may list several labels (n:A|B) and writes ON EACH [n.p, ...].
/// </summary>
public sealed record CreateIndexCommand(
    IndexKind Kind,
    string? Name,
    bool IfNotExists,
    Variable Variable,
    AstList<string> Labels,
    bool IsRelationship,
    AstList<PropertyLookup> Properties,
    MapLiteral? Options) : SchemaCommand;

public sealed record DropIndexCommand(string Name, bool IfExists) : SchemaCommand;
