using System.Net.Http.Json;
using Newtonsoft.Json.Linq;

namespace PolicyGraph.Web.Tests.Support;

public static class HttpJson
{
    public static async Task<JToken> GetJsonAsync(this HttpClient client, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await ReadAsync(response, expected);
    }

    public static async Task<JToken> PostCypherAsync(this HttpClient client, string query, object? parameters = null,
        System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync("/api/cypher", new { query, parameters });
        return await ReadAsync(response, expected);
    }

    private static async Task<JToken> ReadAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JToken.Parse(body);
    }

    public static string[] Strings(this JToken token) => token.Select(t => t.Value<string>()!).ToArray();
}
