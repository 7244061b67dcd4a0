namespace PolicyGraph.Cypher.Tests.Tck;

/// <summary>A fact that is skipped, with the reason shown, when the openCypher TCK is not on this machine.</summary>
public sealed class TckFactAttribute : FactAttribute
{
    public TckFactAttribute()
    {
        if (TckFeatureReader.FindFeaturesDirectory() is null)
        {
            Skip = "openCypher TCK not found: set OPENCYPHER_TCK_DIR to the folder holding features/";
        }
    }
}
