using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>
/// The console's admission control with one slot and a queue of one, driven by <see cref="GatedBackend"/>: the test
/// holds the slot, so which request runs, waits or is refused does not depend on timing.
/// </summary>
public class ConsoleAdmissionTests
{
    [Fact]
    public async Task Full_queue_gives_503_with_retry_after_and_the_held_queries_still_finish()
    {
        using var app = new GatedAppFactory();
        var client = app.CreateClient();
        var (running, waiting) = await TakeSlotAndQueueAsync(app, client);

        using var refused = await PostAsync(client, "RETURN 1 AS one");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 600);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("busy", (string?)JToken.Parse(await refused.Content.ReadAsStringAsync())["detail"], StringComparison.Ordinal);
        app.Backend.Open(2);
        Assert.Equal(HttpStatusCode.OK, (await running).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await waiting).StatusCode);
    }

    [Fact]
    public async Task A_saved_view_is_refused_503_like_the_console_while_every_slot_and_the_queue_are_taken()
    {
        using var app = new GatedAppFactory();
        var client = app.CreateClient();
        using var saved = await client.PutAsJsonAsync("/api/views/mine",
            new { title = "我的视图", answers = "One row.", query = "RETURN 1 AS one", parameters = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var (running, waiting) = await TakeSlotAndQueueAsync(app, client);

        using var refused = await client.GetAsync("/api/views/mine");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        app.Backend.Open(2);
        await Task.WhenAll(running, waiting);
    }

    [Fact]
    public async Task Query_whose_wait_for_a_slot_expires_gets_503()
    {
        using var app = new ShortQueueWaitAppFactory();
        var client = app.CreateClient();
        var running = PostAsync(client, GatedBackend.BlockingQuery);
        Assert.True(await app.Backend.WaitUntilRunningAsync());

        using var expired = await PostAsync(client, "RETURN 1 AS one");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, expired.StatusCode);
        Assert.NotNull(expired.Headers.RetryAfter?.Delta);
        app.Backend.Open(1);
        Assert.Equal(HttpStatusCode.OK, (await running).StatusCode);
    }

    [Fact]
    public async Task Health_search_views_and_static_files_answer_while_every_slot_and_the_queue_are_taken()
    {
        using var app = new GatedAppFactory();
        var client = app.CreateClient();
        var (running, waiting) = await TakeSlotAndQueueAsync(app, client);

        foreach (var path in new[] { "/health", "/api/search?q=" + Uri.EscapeDataString("商务"), "/api/queries/agencies-ranked", "/", "/api/overview" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
        Assert.False(running.IsCompleted);
        app.Backend.Open(2);
        await Task.WhenAll(running, waiting);
    }

    [Fact]
    public async Task Client_that_disconnects_cancels_its_running_query_and_frees_the_slot()
    {
        using var app = new GatedAppFactory();
        var client = app.CreateClient();
        using var disconnect = new CancellationTokenSource();
        var abandoned = client.PostAsJsonAsync("/api/cypher", new { query = GatedBackend.BlockingQuery }, disconnect.Token);
        Assert.True(await app.Backend.WaitUntilRunningAsync());

        await disconnect.CancelAsync();

        await app.Backend.Cancelled.WaitAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        await client.PostCypherAsync("RETURN 1 AS one");
    }

    [Fact]
    public async Task Engine_overrunning_its_timeout_is_answered_408_at_the_deadline_and_keeps_its_slot_until_it_stops()
    {
        using var app = new ShortDeadlineAppFactory();
        var client = app.CreateClient();

        var overrun = await client.PostCypherAsync(GatedBackend.OverrunningQuery, expected: HttpStatusCode.RequestTimeout);
        using var whileStillRunning = await PostAsync(client, "RETURN 1 AS one");

        Assert.Equal("QueryTimeout", (string?)overrun["code"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileStillRunning.StatusCode);
        app.Backend.Open(1);
        await UntilAsync(async () =>
        {
            using var response = await PostAsync(client, "RETURN 1 AS one");
            return response.StatusCode == HttpStatusCode.OK;
        });
    }

    /// <summary>One held query in the only slot, one waiting in the queue of one.</summary>
    private static async Task<(Task<HttpResponseMessage> Running, Task<HttpResponseMessage> Waiting)> TakeSlotAndQueueAsync(
        GatedAppFactory app, HttpClient client)
    {
        var running = PostAsync(client, GatedBackend.BlockingQuery);
        Assert.True(await app.Backend.WaitUntilRunningAsync());
        var waiting = PostAsync(client, GatedBackend.BlockingQuery);
        await UntilAsync(() => app.Services.GetRequiredService<ConsoleAdmission>().Waiting == 1);
        return (running, waiting);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query) =>
        client.PostAsJsonAsync("/api/cypher", new { query });

    /// <summary>Waits for a state the server reaches on its own (a request entering the queue); fails after 30 s.</summary>
    private static Task UntilAsync(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition()));

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 3_000; i++)
        {
            if (await condition())
                return;
            await Task.Delay(10);
        }
        Assert.Fail("The server did not reach the expected state within 30 s.");
    }
}
