using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Cypher.Tests.Tck;

/// <summary>A fact that is skipped, with the reason shown, when the openCypher TCK is not on this machine.</summary>
public sealed class TckFactAttribute : FactAttribute
{
    public TckFactAttribute()
    {
        if (TckCatalog.LocateTckDirectory() is null) Skip = TckCatalog.MissingReason;
    }
}
