using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;

namespace PolicyGraph.Tck.Tests.Execution;

/// <summary>Creates the engine under test: a fresh, empty embedded graph per scenario.</summary>
public static class TckBackend
{
    public static IGraphBackend Create() => new EmbeddedGraphBackend();
}
