using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Tests.Support;

namespace PolicyGraph.Neo4j.Tests.Contract;

/// <summary>The backend contract on a real Neo4j server; skipped with the reason when NEO4J_URI is unset.</summary>
[SkipUnlessEnvironment("NEO4J_URI",
    "NEO4J_URI is not set: start Neo4j (docker compose up -d neo4j) and set NEO4J_URI=http://localhost:7474, NEO4J_USER, NEO4J_PASSWORD to run the Neo4j contract cases.")]
public sealed class Neo4jContractTests : BackendContractTests
{
    protected override IGraphBackend CreateBackend() =>
        new Neo4jGraphBackend(Neo4jOptions.FromSettings(_ => null)
            ?? throw new InvalidOperationException("NEO4J_URI is not set."));
}
