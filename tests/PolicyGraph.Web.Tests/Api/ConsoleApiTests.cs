using System.Net;
using System.Net.Http.Json;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

public class ConsoleApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Console_returns_table_and_graph_for_the_same_answer()
    {
        var json = await _client.PostCypherAsync(
            "MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE a.name = $name RETURN a, r, m ORDER BY m.seq",
            new { name = "福州市委金融办" });

        Assert.Equal(["a", "r", "m"], json["columns"]!.Strings());
        Assert.Equal(2, json["rows"]!.Count());
        Assert.Equal([SampleGraph.MeasureA1, SampleGraph.MeasureA2], json["rows"]!.Select(r => (string)r[2]!["id"]!));
        Assert.Equal(3, json["elements"]!["nodes"]!.Count());
        Assert.All(json["elements"]!["edges"]!, e => Assert.Equal(SampleGraph.Finance, (string?)e["data"]!["source"]));
    }

    [Fact]
    public async Task Syntax_error_reports_line_and_column()
    {
        var json = await _client.PostCypherAsync("MATCH (a:Agency)\nRETURN a.name AS name ORDER", expected: HttpStatusCode.BadRequest);

        Assert.Equal(2, (int)json["line"]!);
        Assert.True((int)json["column"]! > 1);
        Assert.Contains("line 2", (string?)json["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE (n:Agency {name: 'x'})")]
    [InlineData("MATCH (a:Agency) DETACH DELETE a")]
    [InlineData("MATCH (a:Agency) SET a.name = 'x'")]
    public async Task Console_refuses_to_change_the_graph(string query)
    {
        await _client.PostCypherAsync(query, expected: HttpStatusCode.BadRequest);

        var count = await _client.PostCypherAsync("MATCH (a:Agency) RETURN count(a) AS n");
        Assert.Equal(5, (int)count["rows"]![0]![0]!);
    }

    [Fact]
    public async Task Overlong_query_and_non_object_parameters_are_rejected()
    {
        var tooLong = await _client.PostCypherAsync("RETURN 1 " + new string(' ', 2100), expected: HttpStatusCode.BadRequest);
        var badParameters = await _client.PostCypherAsync("RETURN $x", new[] { 1, 2 }, HttpStatusCode.BadRequest);

        Assert.Contains("at most 2000 characters", (string?)tooLong["detail"], StringComparison.Ordinal);
        Assert.Equal("Invalid parameters", (string?)badParameters["title"]);
    }

    [Fact]
    public async Task Rows_beyond_the_cap_are_cut_and_marked_truncated()
    {
        var json = await _client.PostCypherAsync("UNWIND range(1, 500) AS x RETURN x");

        Assert.Equal(50, json["rows"]!.Count());
        Assert.True((bool)json["truncated"]!);
    }

    [Fact]
    public async Task Query_running_past_the_timeout_is_stopped_with_408()
    {
        var json = await _client.PostCypherAsync("WITH range(1, 20000) AS l UNWIND l AS x UNWIND l AS y RETURN count(*) AS n", expected: HttpStatusCode.RequestTimeout);

        Assert.Equal("QueryTimeout", (string?)json["code"]);
    }

    [Fact]
    public async Task Parameters_keep_their_json_types()
    {
        var json = await _client.PostCypherAsync("RETURN $n + 1 AS n, $f * 2 AS f, size($list) AS s, $flag AS b",
            new { n = 41, f = 0.25, list = new[] { "a", "b" }, flag = true });

        Assert.Equal([42.0, 0.5, 2.0], json["rows"]![0]!.Take(3).Select(v => (double)v!));
        Assert.True((bool)json["rows"]![0]![3]!);
    }

    [Fact]
    public async Task Oversized_request_body_is_refused()
    {
        var body = new { query = "RETURN 1", parameters = new { padding = new string('x', 70 * 1024) } };

        using var response = await _client.PostAsJsonAsync("/api/cypher", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

public class ConsoleRateLimitTests(TightRateLimitAppFactory factory) : IClassFixture<TightRateLimitAppFactory>
{
    [Fact]
    public async Task Fourth_console_query_in_the_window_gets_429_problem()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            await client.PostCypherAsync("RETURN 1 AS one");

        var refused = await client.PostCypherAsync("RETURN 1 AS one", expected: HttpStatusCode.TooManyRequests);

        Assert.Equal("Too many console queries", (string?)refused["title"]);
    }

    [Fact]
    public async Task Refusal_says_when_to_retry()
    {
        // Its own app, so the permits the other test spends do not matter.
        using var ownApp = new TightRateLimitAppFactory();
        var client = ownApp.CreateClient();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5 && refused is null; i++)
        {
            var response = await client.PostAsJsonAsync("/api/cypher", new { query = "RETURN 1 AS one" });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused = response;
        }

        Assert.NotNull(refused);
        var seconds = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.NotNull(seconds);
        Assert.InRange(seconds.Value, 1, 60);
    }
}
