using System.Reflection;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Neo4j.Loading;

/// <summary>
/// Loads a <see cref="PropertyGraph"/> through the parameterised upserts in <c>cypher/load</c>, so the same
/// scripts run on any <see cref="IGraphBackend"/> (the embedded engine or Neo4j). Each element goes to the one
/// script that declares it (see <see cref="LoadScript"/>); an element no script declares is an error that names it.
/// </summary>
public sealed class ScriptLoader
{
    private const string ResourcePrefix = "PolicyGraph.Neo4j.Load.";

    public ScriptLoader(IReadOnlyList<LoadScript> scripts, int batchSize = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        Scripts = scripts.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();
        BatchSize = batchSize;
    }

    public IReadOnlyList<LoadScript> Scripts { get; }

    public int BatchSize { get; }

    /// <summary>The scripts of <c>cypher/load</c> as compiled into this assembly.</summary>
    public static ScriptLoader FromEmbeddedScripts(int batchSize = 500)
    {
        var assembly = typeof(ScriptLoader).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => LoadScript.Parse(n[ResourcePrefix.Length..], ReadResource(assembly, n)))
            .ToArray();
        return new ScriptLoader(scripts, batchSize);
    }

    /// <summary>Runs every batch of every group in order through <paramref name="backend"/>, one query per batch.</summary>
    public async Task<LoadSummary> LoadAsync(IGraphBackend backend, PropertyGraph graph, CancellationToken cancellationToken = default)
    {
        var groups = DocumentPartitioner.Partition(graph);
        var (batches, rows, counters) = (0, 0, QueryCounters.None);
        foreach (var group in groups)
        {
            foreach (var batch in CreateBatches(group, graph))
            {
                var result = await RunBatchAsync(backend, batch, cancellationToken).ConfigureAwait(false);
                (batches, rows, counters) = (batches + 1, rows + batch.Rows.Count, Add(counters, result.Counters));
            }
        }
        return new LoadSummary(groups.Count, batches, rows, counters);
    }

    /// <summary>Node batches first (so relationship endpoints exist), each script's rows cut into batches.</summary>
    public IReadOnlyList<LoadBatch> CreateBatches(LoadGroup group, PropertyGraph graph)
    {
        var nodeRows = group.Nodes.Select(n => (Script: ScriptFor(n), Row: LoadRows.ForNode(n)));
        var relRows = group.Relationships.Select(r => (Script: ScriptFor(r, graph), Row: LoadRows.ForRelationship(r)));
        var batches = new List<LoadBatch>();
        foreach (var perScript in nodeRows.GroupBy(x => x.Script).Concat(relRows.GroupBy(x => x.Script)))
        {
            var rows = perScript.Select(x => x.Row).ToArray();
            for (var first = 0; first < rows.Length; first += BatchSize)
                batches.Add(new LoadBatch(group.Name, perScript.Key, rows[first..Math.Min(rows.Length, first + BatchSize)], batches.Count + 1, first));
        }
        return batches;
    }

    private static async Task<QueryResult> RunBatchAsync(IGraphBackend backend, LoadBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await backend.RunAsync(batch.Script.Statement, batch.Parameters, QueryOptions.Default, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException error)
        {
            throw new CypherException(error.Category, error.Detail, error.Phase,
                $"Loading {batch.Group} failed at {batch}: {error.Message}", error.Line, error.Column, error.StatusCode, error.IsTransient, error);
        }
    }

    private LoadScript ScriptFor(GraphNode node) =>
        Scripts.FirstOrDefault(s => s.Loads(node))
        ?? throw new InvalidOperationException(
            $"No load script declares nodes labelled :{string.Join(':', node.Labels)} (node '{node.Id}'); add one under cypher/load.");

    private LoadScript ScriptFor(GraphRelationship rel, PropertyGraph graph)
    {
        var start = graph.FindNode(rel.StartId)!;
        var end = graph.FindNode(rel.EndId)!;
        return Scripts.FirstOrDefault(s => s.Loads(rel, start, end))
            ?? throw new InvalidOperationException(
                $"No load script declares (:{string.Join(':', start.Labels)})-[:{rel.Type}]->(:{string.Join(':', end.Labels)}) " +
                $"(relationship '{rel.Id}'); add one under cypher/load.");
    }

    internal static QueryCounters Add(QueryCounters a, QueryCounters b) => new(
        a.NodesCreated + b.NodesCreated, a.NodesDeleted + b.NodesDeleted,
        a.RelationshipsCreated + b.RelationshipsCreated, a.RelationshipsDeleted + b.RelationshipsDeleted,
        a.PropertiesSet + b.PropertiesSet, a.LabelsAdded + b.LabelsAdded, a.LabelsRemoved + b.LabelsRemoved);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
