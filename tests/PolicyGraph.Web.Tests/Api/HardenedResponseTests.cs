using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>Every answer carries the security headers; what a request can cause is a 4xx in our words, never a 500.</summary>
public class HardenedResponseTests
{
    [Fact]
    public async Task Error_answers_carry_the_security_headers()
    {
        using var app = new GatedAppFactory();
        var client = app.CreateClient();

        using var badQuery = await client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (a RETURN a" });
        using var notFound = await client.GetAsync("/api/no-such-endpoint");
        using var engineBug = await client.PostAsJsonAsync("/api/cypher", new { query = GatedBackend.FailingQuery });

        Assert.Equal(HttpStatusCode.BadRequest, badQuery.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, engineBug.StatusCode);
        foreach (var response in new[] { badQuery, notFound, engineBug })
            AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Refused_console_query_carries_the_security_headers()
    {
        using var app = new ShortQueueWaitAppFactory();
        var client = app.CreateClient();
        var running = client.PostAsJsonAsync("/api/cypher", new { query = GatedBackend.BlockingQuery });
        Assert.True(await app.Backend.WaitUntilRunningAsync());

        using var refused = await client.PostAsJsonAsync("/api/cypher", new { query = "RETURN 1 AS one" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        AssertSecurityHeaders(refused);
        app.Backend.Open(1);
        (await running).Dispose();
    }

    [Theory]
    [InlineData("/api/search?q=x&limit=many", "Parameter 'limit' must be a whole number, not 'many'.")]
    [InlineData("/api/nodes/x/neighbours?offset=1.5", "Parameter 'offset' must be a whole number, not '1.5'.")]
    public async Task Unbindable_parameter_is_named_in_our_words(string path, string expected)
    {
        using var app = new SampleAppFactory();

        using var response = await app.CreateClient().GetAsync(path);
        var json = JToken.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, (string?)json["detail"]);
    }

    [Fact]
    public async Task Body_of_the_wrong_shape_is_described_without_framework_type_names()
    {
        using var app = new SampleAppFactory();
        using var content = new StringContent("{\"query\": 42}", Encoding.UTF8, "application/json");

        using var response = await app.CreateClient().PostAsync("/api/cypher", content);
        var detail = (string?)JToken.Parse(await response.Content.ReadAsStringAsync())["detail"];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at 'query'", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(70, HttpStatusCode.BadRequest)]
    [InlineData(40, HttpStatusCode.OK)]
    public async Task Result_nested_deeper_than_the_json_writer_allows_is_a_query_error(int depth, HttpStatusCode expected)
    {
        using var app = new SampleAppFactory();

        var json = await app.CreateClient().PostCypherAsync(
            $"RETURN reduce(acc = [], x IN range(1, {depth}) | [acc]) AS nested", expected: expected);

        // The embedded engine refuses values nested past its limit (48) before the JSON writer's 64 is reached.
        if (expected == HttpStatusCode.BadRequest)
            Assert.Equal("ValueNestedTooDeeply", (string?)json["code"]);
        else
            Assert.Equal(["nested"], json["columns"]!.Strings());
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}

/// <summary>Source maps reach a browser only in Development, whatever the web root holds.</summary>
public sealed class SourceMapTests : IDisposable
{
    private readonly string _webRoot = Directory.CreateTempSubdirectory("policygraph-webroot-").FullName;

    public SourceMapTests()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "dist"));
        File.WriteAllText(Path.Combine(_webRoot, "dist", "app.js"), "export {};\n//# sourceMappingURL=app.js.map\n");
        File.WriteAllText(Path.Combine(_webRoot, "dist", "app.js.map"), "{\"version\":3,\"sources\":[],\"mappings\":\"\"}");
    }

    [Theory]
    [InlineData("Production", HttpStatusCode.NotFound)]
    [InlineData("Staging", HttpStatusCode.NotFound)]
    [InlineData("Development", HttpStatusCode.OK)]
    public async Task Map_file_is_served_only_in_development(string environment, HttpStatusCode expected)
    {
        using var factory = new SampleAppFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseEnvironment(environment).UseWebRoot(_webRoot));
        var client = app.CreateClient();

        using var map = await client.GetAsync("/dist/app.js.map");
        using var script = await client.GetAsync("/dist/app.js");

        Assert.Equal(expected, map.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    public void Dispose() => Directory.Delete(_webRoot, recursive: true);
}
