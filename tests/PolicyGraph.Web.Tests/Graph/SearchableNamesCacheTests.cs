using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Graph;

/// <summary>One read of the searchable names per graph version, however many searches arrive while it runs.</summary>
public sealed class SearchableNamesCacheTests : IAsyncLifetime
{
    private readonly CountingBackend _backend = new();
    private SearchableNamesCache _cache = null!;

    public async Task InitializeAsync()
    {
        await _backend.ApplySchemaAsync();
        await _backend.ImportAsync(SampleGraph.Build());
        _cache = new SearchableNamesCache(new GraphReader(_backend, new DocumentFiles([])), NameSearch.SearchableLabels,
            () => _backend.Engine.CurrentSnapshot.Version);
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task Searches_after_a_new_version_start_one_read_and_meanwhile_get_the_previous_names()
    {
        var before = (await _cache.GetAsync(CancellationToken.None)).Count;
        await _backend.Engine.RunAsync($"CREATE (:{NodeLabels.Agency} {{id: 'agency:new', name: '测试新机构名称'}})");
        _backend.HeldQuery = GraphReads.SearchableNodes;

        var searches = Enumerable.Range(0, 8).Select(_ => _cache.GetAsync(CancellationToken.None)).ToArray();
        var reads = _backend.Runs(GraphReads.SearchableNodes);
        var servedMeanwhile = await Task.WhenAll(searches.Skip(1)).WaitAsync(TimeSpan.FromMinutes(1));
        _backend.Open();
        var fresh = await searches[0].WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, reads);
        Assert.All(servedMeanwhile, names => Assert.Equal(before, names.Count));
        Assert.Equal(before + 1, fresh.Count);
        Assert.Equal(before + 1, (await _cache.GetAsync(CancellationToken.None)).Count);
        Assert.Equal(2, _backend.Runs(GraphReads.SearchableNodes));
    }
}
