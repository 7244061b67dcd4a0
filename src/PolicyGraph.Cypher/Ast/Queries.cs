namespace PolicyGraph.Cypher.Ast;

/// <summary>A whole statement: a single query, a UNION of queries, or a schema command.</summary>
public abstract record Query : AstNode;

/// <summary>oC_SingleQuery: clauses run in order (a standalone CALL is a single query with one clause).</summary>
public sealed record SingleQuery(AstList<Clause> Clauses) : Query;

/// <summary>
/// EXPLAIN / PROFILE in front of a statement: the engine describes how it would run it (EXPLAIN, nothing runs) or
/// runs it and reports what each step produced (PROFILE).
/// </summary>
public sealed record ExplainedQuery(Query Query, bool Profile) : Query;

/// <summary>oC_Union, left-associative: <c>a UNION b UNION ALL c</c> is Union(Union(a, b), c, All: true).</summary>
public sealed record UnionQuery(Query Left, SingleQuery Right, bool All) : Query;
