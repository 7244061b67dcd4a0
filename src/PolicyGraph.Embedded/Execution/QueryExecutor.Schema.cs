using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// Schema commands: uniqueness constraints and indexes. They produce no rows.
internal sealed partial class QueryExecutor
{
    private QueryOutput RunSchemaCommand(SchemaCommand command)
    {
        _context.RequireWritable("A schema command");
        var graph = _context.Graph;
        switch (command)
        {
            case CreateConstraintCommand constraint:
                graph.CreateSchema(ConstraintDefinition(constraint), constraint.IfNotExists);
                break;
            case CreateIndexCommand index:
                graph.CreateSchema(IndexDefinitionOf(index), index.IfNotExists);
                break;
            case DropConstraintCommand drop:
                graph.DropSchema(drop.Name, drop.IfExists);
                break;
            case DropIndexCommand drop:
                graph.DropSchema(drop.Name, drop.IfExists);
                break;
        }
        return new QueryOutput([], []);
    }

    private static IndexDefinition ConstraintDefinition(CreateConstraintCommand command)
    {
        if (command.Kind != ConstraintKind.Unique || command.IsRelationship || command.Properties.Count != 1)
            throw new CypherException("SemanticError", "UnsupportedConstraint", QueryPhase.CompileTime,
                "The embedded engine enforces only single-property uniqueness constraints on nodes " +
                $"(line {command.Position.Line}, column {command.Position.Column}).",
                command.Position.Line, command.Position.Column);
        var property = command.Properties[0].Key;
        return new IndexDefinition(command.Name ?? $"constraint_{command.Label}_{property}", command.Label, property, Unique: true);
    }

    /// <summary>
    /// Single-property node indexes serve equality lookups; other kinds (composite, relationship, text, fulltext)
    /// are recorded so the same schema script runs on both backends, but lookups fall back to scans.
    /// </summary>
    private static IndexDefinition IndexDefinitionOf(CreateIndexCommand command)
    {
        var label = string.Join("|", command.Labels);
        var property = string.Join(",", command.Properties.Select(p => p.Key));
        var usable = command.Kind == IndexKind.Range && !command.IsRelationship && command.Labels.Count == 1 && command.Properties.Count == 1;
        return new IndexDefinition(
            command.Name ?? $"index_{label}_{property}", label, property, Unique: false, ServesLookups: usable)
        {
            IsText = command.Kind == IndexKind.Text && !command.IsRelationship && command.Labels.Count == 1 && command.Properties.Count == 1,
            FullText = command.Kind == IndexKind.Fulltext
                ? new FullTextSpec(command.Labels, command.Properties.Select(p => p.Key).ToArray(), command.IsRelationship, AnalyzerOption(command.Options))
                : null,
        };
    }

    /// <summary>OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}; Neo4j's default when absent.</summary>
    private static string AnalyzerOption(MapLiteral? options)
    {
        var config = options?.Entries.FirstOrDefault(e => e.Key == "indexConfig")?.Value as MapLiteral;
        var analyzer = config?.Entries.FirstOrDefault(e => e.Key == "fulltext.analyzer")?.Value as StringLiteral;
        return analyzer?.Value ?? Search.FullTextAnalyzer.DefaultName;
    }
}
