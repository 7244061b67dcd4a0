using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Endpoints;

/// <summary>A procedure the console may call, in Neo4j's signature notation.</summary>
public sealed record ProcedureInfo(string Name, string Signature);

/// <summary>What the Cypher editor completes: the labels, relationship types and property keys in use, and procedures.</summary>
public sealed record GraphSchemaInfo(
    IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes, IReadOnlyList<string> PropertyKeys, IReadOnlyList<ProcedureInfo> Procedures);

public static class SchemaEndpoints
{
    public static RouteGroupBuilder MapSchema(this RouteGroupBuilder api)
    {
        api.MapGet("/schema", GetSchema).WithName("GetSchema")
            .WithSummary("Labels, relationship types and property keys of the live graph, and the read-only procedures the console offers.");
        return api;
    }

    public static async Task<Ok<GraphSchemaInfo>> GetSchema(GraphWorkspace workspace, CancellationToken cancellationToken)
    {
        var graph = await workspace.GetAsync();
        async Task<string[]> Names(string cypher) =>
            (await graph.Reader.RunAsync(cypher, [], cancellationToken)).Rows.Select(row => (string)row[0]!).Order(StringComparer.Ordinal).ToArray();
        return TypedResults.Ok(new GraphSchemaInfo(
            await Names(GraphReads.Labels), await Names(GraphReads.RelationshipTypeNames), await Names(GraphReads.PropertyKeys),
            await ProceduresAsync(graph, cancellationToken)));
    }

    // Neither backend lists its procedures the same way: the embedded engine's registry, Neo4j 5's SHOW PROCEDURES.
    private static async Task<IReadOnlyList<ProcedureInfo>> ProceduresAsync(LoadedGraph graph, CancellationToken cancellationToken)
    {
        if (graph.Backend is EmbeddedGraphBackend embedded)
        {
            return GraphReads.ConsoleProcedures
                .Select(name => embedded.Procedures.TryGet(name, out var procedure) ? new ProcedureInfo(name, Signature(procedure.Signature)) : null)
                .OfType<ProcedureInfo>().ToArray();
        }
        var rows = await graph.Reader.RunAsync(GraphReads.Neo4jProcedures, new() { ["names"] = GraphReads.ConsoleProcedures.ToArray() }, cancellationToken);
        return rows.Rows.Select(row => new ProcedureInfo((string)row[0]!, (string)row[1]!)).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
    }

    private static string Signature(ProcedureSignature signature)
    {
        static string Fields(IEnumerable<ProcedureField> fields) => string.Join(", ", fields.Select(f => $"{f.Name} :: {f.Type}"));
        return $"{signature.Name}({Fields(signature.Inputs)}) :: ({Fields(signature.Outputs)})";
    }
}
