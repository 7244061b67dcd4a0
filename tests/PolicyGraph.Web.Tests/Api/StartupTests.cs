using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

public class StartupTests
{
    [Fact]
    public void Missing_seed_folder_stops_start_up_naming_the_folder_and_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "policygraph-no-such-folder-" + Guid.NewGuid().ToString("N"));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(RepositoryPaths.WebProject);
            builder.UseSetting("PolicyGraph:Web:SeedDirectory", missing);
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var root = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : error;
        Assert.IsType<DirectoryNotFoundException>(root);
        Assert.Contains(missing, root.Message, StringComparison.Ordinal);
        Assert.Contains("PolicyGraph:Web:SeedDirectory", root.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_named_query_stops_start_up_with_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("policygraph-bad-queries-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "broken.cypher"), "// @title 坏 | Broken\n// @answers Why?\n// @colour red\nRETURN 1");
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseContentRoot(RepositoryPaths.WebProject);
                builder.UseSetting("PolicyGraph:Web:QueryDirectory", folder.FullName);
            });

            var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

            var root = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : error;
            var problem = Assert.IsType<PolicyGraph.Web.Queries.QueryFileException>(root);
            Assert.Equal(3, problem.Line);
            Assert.Contains("broken.cypher:3: unknown header key '@colour'", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_store_of_an_older_format_stops_start_up_naming_its_file_and_version()
    {
        var store = Directory.CreateTempSubdirectory("policygraph-old-store-");
        try
        {
            await using (var graph = EmbeddedGraphBackend.Open(store.FullName))
                await graph.RunAsync("CREATE (:Agency {id: 'a1'})");
            // The log's header: magic (8 bytes), then the format version; one below this build's is an older store.
            var log = Directory.GetFiles(store.FullName, "wal-*.log").Single();
            var bytes = await File.ReadAllBytesAsync(log);
            var older = BitConverter.ToInt32(bytes, 8) - 1;
            BitConverter.GetBytes(older).CopyTo(bytes, 8);
            await File.WriteAllBytesAsync(log, bytes);
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseContentRoot(RepositoryPaths.WebProject);
                builder.UseSetting("Graph:DataDirectory", store.FullName);
            });

            var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

            var root = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : error;
            var refused = Assert.IsType<StoreException>(root);
            Assert.Equal(StoreErrorCode.FormatVersion, refused.Code);
            Assert.Contains($"{log}: written in store format version {older}", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            store.Delete(recursive: true);
        }
    }
}
