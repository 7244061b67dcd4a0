using System.Net;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>
/// With Graph:DataDirectory the app serves a store on disk that another process writes (the CLI's load), without
/// extracting anything itself, and a commit made while it runs becomes visible without a restart.
/// </summary>
public sealed class StoreModeApiTests : IAsyncLifetime
{
    private readonly string _store = Directory.CreateTempSubdirectory("policygraph-web-store-").FullName;
    private StoreAppFactory? _factory;

    public async Task InitializeAsync()
    {
        await using (var writer = EmbeddedGraphBackend.Open(_store))
        {
            await writer.ApplySchemaAsync();
            await writer.ImportAsync(SampleGraph.Build());
        }
        _factory = new StoreAppFactory(_store);
    }

    public Task DisposeAsync()
    {
        _factory?.Dispose();
        Directory.Delete(_store, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_app_serves_what_the_store_holds()
    {
        var client = _factory!.CreateClient();

        var json = await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("福州市商务局"));

        Assert.Equal(SampleGraph.Commerce, (string?)json["hits"]![0]!["id"]);
    }

    [Fact]
    public async Task A_commit_by_another_writer_appears_without_a_restart()
    {
        var client = _factory!.CreateClient();
        const string id = "agency:store-mode-new";
        var search = "/api/search?q=" + Uri.EscapeDataString("新设测试局");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/nodes/" + Uri.EscapeDataString(id))).StatusCode);
        Assert.DoesNotContain(id, HitIds(await client.GetJsonAsync(search)));

        await using (var writer = EmbeddedGraphBackend.Open(_store))
            await writer.RunAsync($"CREATE (:Agency {{id: '{id}', name: '新设测试局'}})");

        Assert.Equal(HttpStatusCode.OK, await StoreAppFactory.EventualStatusAsync(client, "/api/nodes/" + Uri.EscapeDataString(id)));
        // The cached search answer is keyed by the graph's version, so it is not served stale.
        Assert.Contains(id, HitIds(await client.GetJsonAsync(search)));
    }

    private static IEnumerable<string?> HitIds(Newtonsoft.Json.Linq.JToken json) => json["hits"]!.Select(hit => (string?)hit["id"]);
}
