using System.Collections.Concurrent;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

/// <summary>The procedures one backend knows: the built-in <c>db.*</c> ones plus any registered by the host.</summary>
public sealed class ProcedureRegistry
{
    private readonly ConcurrentDictionary<string, Procedure> _procedures = new(StringComparer.Ordinal);

    public ProcedureRegistry()
    {
        Register(new Procedure(ProcedureSignature.Parse("db.labels() :: (label :: STRING?)"), (_, graph) => Single(graph.LabelsInUse())));
        Register(new Procedure(
            ProcedureSignature.Parse("db.relationshipTypes() :: (relationshipType :: STRING?)"), (_, graph) => Single(graph.RelationshipTypesInUse())));
        Register(new Procedure(
            ProcedureSignature.Parse("db.propertyKeys() :: (propertyKey :: STRING?)"), (_, graph) => Single(graph.PropertyKeysInUse())));
        foreach (var procedure in Search.FullTextProcedures.All()) Register(procedure);
    }

    /// <summary>Adds or replaces a procedure by its name.</summary>
    public void Register(Procedure procedure) => _procedures[procedure.Signature.Name] = procedure;

    public bool TryGet(string name, out Procedure procedure) => _procedures.TryGetValue(name, out procedure!);

    private static IEnumerable<IReadOnlyList<object?>> Single(IEnumerable<string> values) =>
        values.Order(StringComparer.Ordinal).Select(v => (IReadOnlyList<object?>)[v]);
}
