using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Storage;

// Schema commands: indexes and uniqueness constraints, applied to the new snapshot at commit.
public sealed partial class GraphTransaction
{
    /// <summary>
    /// Declares an index or constraint. With <paramref name="ifNotExists"/> an equivalent existing definition (or
    /// one of the same name) makes this a no-op; without it, it is an error. Returns whether anything changed.
    /// </summary>
    public bool CreateSchema(IndexDefinition definition, bool ifNotExists)
    {
        EnsureWritable();
        var clash = _schema.Find(definition.Name) ?? _schema.FindEquivalent(definition);
        if (clash is not null)
        {
            if (ifNotExists) return false;
            throw new CypherException("SchemaError", "EquivalentSchemaRuleAlreadyExists", QueryPhase.Runtime,
                $"An index or constraint '{clash.Name}' on :{clash.Label}({clash.Property}) already exists.");
        }
        _schema = _schema.With(definition);
        return true;
    }

    public bool DropSchema(string name, bool ifExists)
    {
        EnsureWritable();
        if (_schema.Find(name) is null)
        {
            if (ifExists) return false;
            throw new CypherException("SchemaError", "SchemaRuleNotFound", QueryPhase.Runtime,
                $"No index or constraint named '{name}' exists.");
        }
        _schema = _schema.Without(name);
        return true;
    }
}
