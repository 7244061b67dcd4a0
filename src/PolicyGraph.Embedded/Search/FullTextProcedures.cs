using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// <c>db.index.fulltext.queryNodes</c> and <c>queryRelationships</c> over the FULLTEXT indexes a schema script
/// created (Neo4j's signatures, so the same query runs on both engines). A snapshot's index is built on first use
/// and shared by every reader of that snapshot; a transaction with its own changes builds one that sees them.
/// </summary>
public static class FullTextProcedures
{
    public static IEnumerable<Procedure> All() =>
    [
        new Procedure(
            ProcedureSignature.Parse("db.index.fulltext.queryNodes(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (node :: NODE, score :: FLOAT)"),
            (arguments, graph) => Query(arguments, graph, relationships: false)),
        new Procedure(
            ProcedureSignature.Parse("db.index.fulltext.queryRelationships(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (relationship :: RELATIONSHIP, score :: FLOAT)"),
            (arguments, graph) => Query(arguments, graph, relationships: true)),
    ];

    private static IEnumerable<IReadOnlyList<object?>> Query(IReadOnlyList<object?> arguments, GraphTransaction graph, bool relationships)
    {
        var name = arguments[0] as string ?? throw Failed("The index name must not be null.");
        var query = arguments[1] as string ?? throw Failed("The query string must not be null.");
        var options = arguments.Count > 2 ? arguments[2] as IReadOnlyDictionary<string, object?> : null;
        return Search(graph, name, query, relationships, Count(options, "skip"), Count(options, "limit"))
            .Select(hit => (IReadOnlyList<object?>)[relationships ? new RelationshipRef(hit.Entity) : new NodeRef(hit.Entity), hit.Score])
            .ToList();
    }

    /// <summary>The entities index <paramref name="name"/> finds for <paramref name="query"/>, best first: skip and limit count
    /// the index's hits, then those that no longer exist are left out (as the procedure has always answered).</summary>
    internal static IEnumerable<(int Entity, double Score)> Search(GraphTransaction graph, string name, string query, bool relationships, int? skip, int? limit)
    {
        var definition = graph.Schema.Find(name);
        if (definition?.FullText is not { } spec) throw Failed($"There is no such fulltext schema index: {name}");
        if (spec.OnRelationships != relationships)
            throw Failed($"The fulltext index {name} indexes {(spec.OnRelationships ? "relationships" : "nodes")}; use queryRelationships or queryNodes accordingly.");
        var index = IndexFor(graph, name, spec);
        var clauses = FullTextQueryParser.Parse(query, index.Analyzer, spec.Properties);
        IEnumerable<(int Entity, double Score)> hits = index.Search(clauses, graph);
        if (skip is { } skipped) hits = hits.Skip(skipped);
        if (limit is { } limited) hits = hits.Take(limited);
        return hits.Where(hit => relationships ? graph.RelationshipExists(hit.Entity) : graph.NodeExists(hit.Entity));
    }

    internal static FullTextIndex IndexFor(GraphTransaction graph, string name, FullTextSpec spec)
    {
        if (graph.HasChanges) return FullTextIndex.Build(graph, spec);
        var bases = graph.Snapshot.Lineage?.Bases;
        return SnapshotIndexCache<FullTextIndex>.Get(graph.Snapshot, name,
            () => bases is null ? FullTextIndex.Build(graph, spec) : bases.For(graph, name, spec));
    }

    private static int? Count(IReadOnlyDictionary<string, object?>? options, string key) =>
        options?.GetValueOrDefault(key) switch
        {
            null => null,
            long n when n >= 0 => (int)Math.Min(n, int.MaxValue),
            var other => throw Failed($"The option '{key}' must be a non-negative integer, got {other}."),
        };

    private static CypherException Failed(string message) =>
        new("ProcedureError", "ProcedureCallFailed", QueryPhase.Runtime, message);
}
