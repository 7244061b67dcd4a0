using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Tests.Support;
using static PolicyGraph.Web.Tests.Support.ServedLayout;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>The whole graph is laid out in the background at start and after the documents change.</summary>
public class WholeGraphLayoutApiTests
{
    [Fact]
    public async Task The_whole_graph_is_laid_out_before_any_request_so_the_first_one_is_served_positioned()
    {
        // Requests here never wait for a layout (Wait = 0): without the background layout the first is unpositioned.
        using var factory = new HeldLayoutAppFactory();
        var prepared = factory.Services.GetRequiredService<WholeGraphLayout>();

        Assert.True(await factory.Layout.WaitUntilStartedAsync(), "no layout started without a request");
        factory.Layout.Open(1);
        await prepared.Current.WaitAsync(TimeSpan.FromMinutes(1));
        await WaitUntilLaidOutAsync(factory.Services);
        using var client = factory.CreateClient();
        var first = await client.GetJsonAsync("/api/graph");

        Assert.True(first["nodes"]!.Count() > 1);
        Assert.All(first["nodes"]!, n => Assert.True(Positioned(n)));
        Assert.Single(factory.Layout.Started);
    }

    [Fact]
    public async Task An_upload_cancels_the_layout_of_the_content_before_and_lays_out_the_new_content()
    {
        using var factory = new HeldLayoutStoreAppFactory();
        var prepared = factory.Services.GetRequiredService<WholeGraphLayout>();
        var client = factory.CreateClient();
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").OrderBy(f => new FileInfo(f).Length).Take(2).ToArray();

        await UploadAsync(client, seeds[0]);
        Assert.True(await factory.Layout.WaitUntilStartedAsync(), "the upload started no layout");
        var before = Assert.Single(factory.Layout.Started);
        await UploadAsync(client, seeds[1]);

        Assert.True(await factory.Layout.WaitUntilCancelledAsync(), "the layout of the content before was never cancelled");
        Assert.Equal([before], factory.Layout.Cancelled);
        Assert.True(await factory.Layout.WaitUntilStartedAsync(), "the new content was not laid out");
        factory.Layout.Open(1);
        await prepared.Current.WaitAsync(TimeSpan.FromMinutes(1));
        var served = await client.GetJsonAsync("/api/graph");
        Assert.Equal(served["nodes"]!.Count(), factory.Layout.Started.Last());
        Assert.True(served["nodes"]!.Count() > before);
        Assert.All(served["nodes"]!, n => Assert.True(Positioned(n)));
    }

    private static async Task UploadAsync(HttpClient client, string path)
    {
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new MultipartFormDataContent { { file, "file", Path.GetFileName(path) } } };
        request.Headers.Add("X-Api-Key", HeldLayoutStoreAppFactory.WriterKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Disposing_the_background_layout_cancels_the_layout_nobody_else_waits_for()
    {
        using var factory = new HeldLayoutAppFactory();
        var prepared = factory.Services.GetRequiredService<WholeGraphLayout>();
        Assert.True(await factory.Layout.WaitUntilStartedAsync(), "no layout started");

        prepared.Dispose();

        Assert.True(await factory.Layout.WaitUntilCancelledAsync(), "the layout went on after the service was disposed");
        await prepared.Current.WaitAsync(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_graph_too_large_to_lay_out_is_counted_but_never_read_whole_in_the_background()
    {
        using var factory = new NoLayoutCountingAppFactory(prepareWholeGraph: true);
        var prepared = factory.Services.GetRequiredService<WholeGraphLayout>();

        await prepared.Current.WaitAsync(TimeSpan.FromMinutes(1));

        // Counted once when the graph loaded and once by the background layout, which then stops.
        Assert.True(factory.Backend.Runs(GraphReads.LabelCounts) >= 2, "the background layout never counted the graph");
        Assert.Equal(0, factory.Backend.Runs(GraphReads.AllNodes));
    }

    // The background task only started the layout (requests wait 0 s here): ask the layout itself, not over HTTP,
    // until the positions are in, so the test's own request is the first one the app serves.
    private static async Task WaitUntilLaidOutAsync(IServiceProvider services)
    {
        var elements = await (await services.GetRequiredService<GraphWorkspace>().GetAsync()).Reader.WholeGraphAsync();
        var layout = services.GetRequiredService<ServerLayout>();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await layout.LayOutAsync(elements, CancellationToken.None)).Outcome != LayoutOutcome.Positioned && DateTime.UtcNow < deadline)
            await Task.Delay(20);
    }
}
