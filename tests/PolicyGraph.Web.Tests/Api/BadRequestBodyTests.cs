using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>Unreadable console bodies answer 400 problem+json saying what was expected, never a stack trace.</summary>
public class BadRequestBodyTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    // The test host runs in Development, the environment where a trace page used to appear.
    [Theory]
    [InlineData("not json")]
    [InlineData("{\"query\": ")]
    [InlineData("{\"query\": 42}")]
    public async Task Malformed_json_body_is_a_problem_with_the_expected_shape(string body)
    {
        var json = await PostRawAsync(factory.CreateClient(), body);

        Assert.Equal(400, (int)json["status"]!);
        var detail = (string)json["detail"]!;
        Assert.Contains("not valid JSON", detail, StringComparison.Ordinal);
        Assert.Contains("\"query\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_answers_the_same_problem()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var json = await PostRawAsync(production.CreateClient(), "not json");

        Assert.Contains("Expected a JSON body such as", (string?)json["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_that_is_not_declared_as_json_is_415_saying_what_to_send()
    {
        using var content = new StringContent("{\"query\": \"RETURN 1\"}", Encoding.UTF8, "text/plain");
        using var response = await factory.CreateClient().PostAsync("/api/cypher", content);
        var json = JToken.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Content-Type: application/json", (string?)json["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_profile_of_the_readme_command_is_not_development()
    {
        var settings = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.WebProject, "Properties", "launchSettings.json")));
        var first = (JProperty)settings["profiles"]!.First!;

        Assert.Equal("Production", (string?)first.Value["environmentVariables"]!["ASPNETCORE_ENVIRONMENT"]);
    }

    private static async Task<JToken> PostRawAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/cypher", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JToken.Parse(text);
    }
}
