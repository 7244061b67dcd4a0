using System.Net;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Tests.Support;
using static PolicyGraph.Neo4j.Tests.Support.SampleGraphs;

namespace PolicyGraph.Neo4j.Tests.RecordedResponses;

/// <summary>ImportAsync's explicit-transaction flow against recorded Query API responses.</summary>
public sealed class ImportRecordedResponsesTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private const string TxUrl = "http://localhost:7474/db/neo4j/query/v2/tx";
    private static readonly Neo4jOptions Options = QueryRecordedResponsesTests.Options;

    private static PropertyGraph OneDocument(string file, string key) => new(
        [
            Node($"document:{key}", ["Document"], ("title", "方案"), ("sourceFile", file)),
            Node($"measure:{key}:1", ["Measure"], ("seq", 1L), ("text", "措施"), ("sourceFile", file)),
        ],
        [Rel("CONTAINS", $"document:{key}", $"measure:{key}:1")]);

    [Fact]
    public async Task A_document_is_loaded_in_one_transaction_begin_run_commit_replaying_the_affinity_header()
    {
        var handler = new RecordedHttpHandler()
            .Respond("tx-begin.json", affinity: Affinity)
            .Respond("tx-run.json", affinity: Affinity)
            .Respond("tx-run.json", affinity: Affinity)
            .Respond("tx-commit.json", affinity: Affinity);
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        await backend.ImportAsync(OneDocument("a.txt", "aaaa"));

        Assert.Equal(
            [(HttpMethod.Post, TxUrl), (HttpMethod.Post, TxUrl + "/lyU"), (HttpMethod.Post, TxUrl + "/lyU"), (HttpMethod.Post, TxUrl + "/lyU/commit")],
            handler.Requests.Select(r => (r.Method, r.Url)));
        Assert.Null(handler.Requests[0].Affinity);
        Assert.All(handler.Requests.Skip(1), r => Assert.Equal(Affinity, r.Affinity));
        Assert.Contains("MERGE (n:Document {id: row.id})", handler.Requests[0].Json.Value<string>("statement"));
        Assert.Equal("document:aaaa", handler.Requests[0].Json.SelectToken("parameters.rows._value[0]._value.id._value")!.ToString());
        Assert.Contains("MERGE (a)-[r:CONTAINS {id: row.id}]->(b)", handler.Requests[2].Json.Value<string>("statement"));
        Assert.Equal("measure:aaaa:1", handler.Requests[2].Json.SelectToken("parameters.rows._value[0]._value.end._value")!.ToString());
        Assert.Null(handler.Requests[3].Body);
    }

    [Fact]
    public async Task Each_document_gets_its_own_transaction()
    {
        var one = OneDocument("a.txt", "aaaa");
        var two = OneDocument("b.txt", "bbbb");
        var graph = new PropertyGraph(one.Nodes.Concat(two.Nodes), one.Relationships.Concat(two.Relationships));
        var handler = new RecordedHttpHandler();
        for (var document = 0; document < 2; document++)
        {
            handler.Respond("tx-begin.json", affinity: Affinity).Respond("tx-run.json").Respond("tx-run.json").Respond("tx-commit.json");
        }
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        await backend.ImportAsync(graph);

        var begins = handler.Requests.Select((r, i) => (r, i)).Where(x => x.r.Url == TxUrl).Select(x => x.i).ToArray();
        var commits = handler.Requests.Select((r, i) => (r, i)).Where(x => x.r.Url.EndsWith("/commit")).Select(x => x.i).ToArray();
        Assert.Equal([0, 4], begins);
        Assert.Equal([3, 7], commits);
        Assert.Equal("document:bbbb", handler.Requests[4].Json.SelectToken("parameters.rows._value[0]._value.id._value")!.ToString());
    }

    [Fact]
    public async Task A_failing_batch_rolls_the_document_back_and_the_error_names_the_document_and_batch()
    {
        var handler = new RecordedHttpHandler()
            .Respond("tx-begin.json", affinity: Affinity)
            .Respond("error-constraint.json", HttpStatusCode.BadRequest)
            .Respond("tx-commit.json", affinity: Affinity);
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.ImportAsync(OneDocument("a.txt", "aaaa")));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(HttpMethod.Delete, handler.Requests[2].Method);
        Assert.Equal(TxUrl + "/lyU", handler.Requests[2].Url);
        Assert.Equal(Affinity, handler.Requests[2].Affinity);
        Assert.DoesNotContain(handler.Requests, r => r.Url.EndsWith("/commit"));
        Assert.Contains("document a.txt", error.Message);
        Assert.Contains("batch 2 of 3 (node-measure.cypher, rows 1-1)", error.Message);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.StatusCode);
    }

    [Fact]
    public async Task A_rollback_that_fails_does_not_hide_the_original_error()
    {
        var handler = new RecordedHttpHandler()
            .Respond("tx-begin.json", affinity: Affinity)
            .Respond("error-constraint.json", HttpStatusCode.BadRequest)
            .Respond("error-tx-expired.json", HttpStatusCode.NotFound);
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.ImportAsync(OneDocument("a.txt", "aaaa")));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.StatusCode);
        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
    }

    [Fact]
    public async Task A_transient_error_inside_a_document_replays_the_whole_document_in_a_new_transaction()
    {
        var handler = new RecordedHttpHandler()
            .Respond("tx-begin.json", affinity: Affinity)
            .Respond("error-transient.json", HttpStatusCode.BadRequest)
            .Respond("tx-commit.json")
            .Respond("tx-begin.json", affinity: Affinity)
            .Respond("tx-run.json")
            .Respond("tx-run.json")
            .Respond("tx-commit.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        await backend.ImportAsync(OneDocument("a.txt", "aaaa"));

        Assert.Equal(0, handler.Pending);
        Assert.Equal(HttpMethod.Delete, handler.Requests[2].Method);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[3].Body);
        Assert.EndsWith("/commit", handler.Requests[^1].Url);
    }

    [Fact]
    public async Task The_schema_is_applied_with_implicit_queries_before_the_first_transaction()
    {
        var schemaStatements = Directory.GetFiles(RepoPaths.Combine("cypher", "schema"), "*.cypher")
            .SelectMany(File.ReadLines)
            .Count(line => line.StartsWith("CREATE ", StringComparison.Ordinal));
        var handler = new RecordedHttpHandler();
        for (var i = 0; i < schemaStatements; i++) handler.Respond("tx-commit.json");
        handler.Respond("tx-begin.json").Respond("tx-run.json").Respond("tx-run.json").Respond("tx-commit.json");
        await using var backend = new Neo4jGraphBackend(Options with { ApplySchemaOnImport = true }, handler: handler);

        await backend.ImportAsync(OneDocument("a.txt", "aaaa"));

        var schema = handler.Requests.Take(schemaStatements).ToArray();
        Assert.All(schema, r => Assert.Equal("http://localhost:7474/db/neo4j/query/v2", r.Url));
        Assert.All(schema, r => Assert.Contains("IF NOT EXISTS", r.Json.Value<string>("statement")));
        Assert.Contains(schema, r => r.Json.Value<string>("statement")!.Contains("`fulltext.analyzer`: 'cjk'"));
        Assert.Equal(TxUrl, handler.Requests[schemaStatements].Url);
    }
}
