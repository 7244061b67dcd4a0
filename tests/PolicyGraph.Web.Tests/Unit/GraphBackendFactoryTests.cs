using PolicyGraph.Embedded;
using PolicyGraph.Neo4j;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Tests.Unit;

public sealed class GraphBackendFactoryTests
{
    private static Func<string, string?> Settings(params (string Key, string Value)[] pairs)
    {
        var map = pairs.ToDictionary(p => p.Key, p => p.Value);
        return key => map.GetValueOrDefault(key);
    }

    [Fact]
    public async Task Without_a_setting_the_embedded_engine_is_used()
    {
        await using var backend = GraphBackendFactory.Create(Settings(), Settings());

        Assert.IsType<EmbeddedGraphBackend>(backend);
        Assert.Equal("embedded", backend.Name);
    }

    [Fact]
    public async Task A_data_directory_opens_a_read_only_store_and_the_app_does_not_load_seeds()
    {
        var store = Directory.CreateTempSubdirectory("policygraph-factory-store-").FullName;
        try
        {
            var settings = Settings(("Graph:DataDirectory", store));
            await using var backend = GraphBackendFactory.Create(settings, Settings());

            Assert.IsType<EmbeddedGraphBackend>(backend);
            Assert.False(GraphBackendFactory.LoadsSeeds(settings));
            Assert.True(GraphBackendFactory.LoadsSeeds(Settings()));
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => backend.RunAsync("CREATE (:Agency {id: 'x'})"));
            Assert.Contains("ReadOnly", refused.ToString());
        }
        finally
        {
            Directory.Delete(store, recursive: true);
        }
    }

    [Fact]
    public async Task Neo4j_is_chosen_by_name_with_its_options_from_configuration()
    {
        await using var backend = GraphBackendFactory.Create(
            Settings(("Graph:Backend", "Neo4j"), ("Neo4j:Uri", "http://graph:7474"), ("Neo4j:Database", "policies")), Settings());

        var neo4j = Assert.IsType<Neo4jGraphBackend>(backend);
        Assert.Equal("neo4j", neo4j.Name);
        Assert.Equal(new Uri("http://graph:7474"), neo4j.Options.Uri);
        Assert.Equal("policies", neo4j.Options.Database);
    }

    [Fact]
    public void Neo4j_without_a_uri_is_a_configuration_error_that_says_what_to_set()
    {
        var error = Assert.Throws<ArgumentException>(() => GraphBackendFactory.Create(Settings(("Graph:Backend", "neo4j")), Settings()));

        Assert.Contains("NEO4J_URI", error.Message);
    }

    [Fact]
    public void An_unknown_backend_name_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => GraphBackendFactory.Create(Settings(("Graph:Backend", "postgres")), Settings()));

        Assert.Contains("'postgres'", error.Message);
    }
}
