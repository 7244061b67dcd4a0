using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;

namespace PolicyGraph.Neo4j.Tests.Contract;

/// <summary>The backend contract on the embedded engine; always runs.</summary>
public sealed class EmbeddedContractTests : BackendContractTests
{
    protected override IGraphBackend CreateBackend() => new EmbeddedGraphBackend();
}
