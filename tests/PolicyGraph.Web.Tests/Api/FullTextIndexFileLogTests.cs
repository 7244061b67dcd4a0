using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>
/// A store whose full-text index file is damaged still serves (the index is built from the graph), and the app says
/// in its log which file it did not use and why, when it prepares search at start.
/// </summary>
public sealed class FullTextIndexFileLogTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("policygraph-fulltext-log-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    private const string NotUsed = "Full-text index file not used", NotPrepared = "Search not prepared";

    [Fact]
    public async Task A_refused_index_file_is_logged_with_its_name_when_search_is_prepared()
    {
        await using (var writer = EmbeddedGraphBackend.Open(_store))
        {
            await writer.RunAsync("CREATE FULLTEXT INDEX texts FOR (n:Measure) ON EACH [n.title]");
            await writer.RunAsync("CREATE (:Measure {id: 'm', title: '跨境资金池'})");
            writer.Checkpoint();
        }
        var file = Assert.Single(Directory.GetFiles(_store, "fulltext-*.pgx"));
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[^3] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);
        var logs = new ConcurrentQueue<string>();
        using var factory = new StoreAppFactory(_store).WithWebHostBuilder(builder =>
            builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(logs))));

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health")).StatusCode);

        // Search is prepared in the background after the graph is loaded: a bounded number of polls, not a timing.
        for (var poll = 0; poll < 200 && !logs.Any(line => line.StartsWith(NotUsed, StringComparison.Ordinal) || line.StartsWith(NotPrepared, StringComparison.Ordinal)); poll++)
            await Task.Delay(50);
        var refused = Assert.Single(logs, line => line.StartsWith(NotUsed, StringComparison.Ordinal));
        Assert.Contains(file, refused);
        Assert.Contains("checksum", refused);
    }
}
