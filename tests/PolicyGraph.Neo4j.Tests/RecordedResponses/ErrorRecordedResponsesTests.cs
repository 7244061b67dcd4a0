using System.Net;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Tests.Support;

namespace PolicyGraph.Neo4j.Tests.RecordedResponses;

/// <summary>Error bodies and retry behaviour against recorded Query API responses.</summary>
public sealed class ErrorRecordedResponsesTests
{
    private static readonly Neo4jOptions Options = QueryRecordedResponsesTests.Options;

    [Fact]
    public async Task A_syntax_error_is_thrown_at_once_with_neo4js_code_and_the_query_position()
    {
        var handler = new RecordedHttpHandler().Respond("error-syntax.json", HttpStatusCode.BadRequest);
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("MATCH (n)\n  RETRUN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.StatusCode);
        Assert.Equal("SyntaxError", error.Category);
        Assert.Equal(QueryPhase.CompileTime, error.Phase);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.False(error.IsTransient);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_syntax_error_in_a_202_body_is_still_an_error()
    {
        // The documentation says every answer is 202 whether or not the statement succeeded.
        var handler = new RecordedHttpHandler().Respond("error-syntax.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("MATCH (n)\n  RETRUN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.StatusCode);
    }

    [Fact]
    public async Task An_authentication_failure_is_not_retried_and_never_shows_the_password()
    {
        var handler = new RecordedHttpHandler()
            .Respond("error-unauthorized.json", HttpStatusCode.Unauthorized)
            .Respond("node-and-string.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.StatusCode);
        Assert.Equal("SecurityError", error.Category);
        Assert.Single(handler.Requests);
        Assert.DoesNotContain("verysecret", error.ToString());
    }

    [Fact]
    public async Task A_401_without_a_body_is_still_an_authentication_error()
    {
        var handler = new RecordedHttpHandler().RespondEmpty(HttpStatusCode.Unauthorized);
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task HTTP_503_is_retried_until_the_server_answers()
    {
        var handler = new RecordedHttpHandler()
            .RespondEmpty(HttpStatusCode.ServiceUnavailable)
            .RespondEmpty(HttpStatusCode.ServiceUnavailable)
            .Respond("node-and-string.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var result = await backend.RunAsync("MATCH (p:Person) RETURN p AS person, p.name AS name");

        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(handler.Requests[0].Body, r.Body));
        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task A_transient_error_code_is_retried()
    {
        var handler = new RecordedHttpHandler()
            .Respond("error-transient.json", HttpStatusCode.BadRequest)
            .Respond("counters.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var result = await backend.RunAsync("CREATE (n:Person {name: 'Peter'}) RETURN n.name");

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task Retries_stop_after_MaxRetries_and_the_last_transient_error_is_thrown()
    {
        var handler = new RecordedHttpHandler();
        for (var i = 0; i < 3; i++) handler.Respond("error-transient.json", HttpStatusCode.BadRequest);
        await using var backend = new Neo4jGraphBackend(Options with { MaxRetries = 2 }, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("RETURN 1"));

        Assert.Equal(3, handler.Requests.Count);
        Assert.True(error.IsTransient);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.StatusCode);
    }

    [Fact]
    public async Task A_client_error_that_is_not_transient_is_not_retried()
    {
        var handler = new RecordedHttpHandler()
            .Respond("error-constraint.json", HttpStatusCode.BadRequest)
            .Respond("counters.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("CREATE (:Measure {id: 'measure:x:1'})"));

        Assert.Equal("ConstraintError", error.Category);
        Assert.Equal("ConstraintValidationFailed", error.Detail);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_body_that_is_not_json_on_success_is_a_protocol_error()
    {
        var handler = new RecordedHttpHandler().Respond("README.md");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("RETURN 1"));

        Assert.Equal("ProtocolError", error.Category);
    }
}
