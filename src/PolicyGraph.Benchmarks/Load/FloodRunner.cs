using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;

namespace PolicyGraph.Benchmarks.Load;

/// <summary>
/// Runs a <see cref="FloodOptions"/> flood: console clients, search clients, a /health probe and a memory sampler
/// side by side until the duration is up; then cuts the console clients (they disconnect, as a user closing the page
/// would) and measures how long until the console and /health answer again.
/// </summary>
public static class FloodRunner
{
    private static readonly TimeSpan MemoryInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RecoveryPoll = TimeSpan.FromMilliseconds(10);

    /// <param name="handler">The transport; null for real sockets (tests pass an in-process server's handler).</param>
    public static async Task<FloodReport> RunAsync(FloodOptions options, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        using var client = CreateClient(options, handler);
        var samples = new FloodSamples();
        using var flood = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        flood.CancelAfter(options.Duration);
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, options.Connections).Select(_ => ConsoleLoopAsync(client, options, samples, flood.Token))
            .Concat(Enumerable.Range(0, options.SearchConnections).Select(_ => SearchLoopAsync(client, options, samples, flood.Token)))
            .Append(HealthLoopAsync(client, options, samples, flood.Token))
            .Append(MemoryLoopAsync(options, samples, flood.Token));
        await Task.WhenAll(loops);
        var floodSeconds = clock.Elapsed.TotalSeconds;
        var recovery = await MeasureRecoveryAsync(client, options, cancellationToken);
        var peak = options.ServerProcessId is { } pid ? ResidentMemory.Read(pid)?.PeakResidentBytes : null;
        return FloodReport.From(options, samples, floodSeconds, recovery, peak);
    }

    private static HttpClient CreateClient(FloodOptions options, HttpMessageHandler? handler)
    {
        // One connection per client task, so a /health probe never queues behind a console request on the client side.
        var transport = handler ?? new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections + options.SearchConnections + 2 };
        return new HttpClient(transport, disposeHandler: handler is null)
        {
            BaseAddress = options.BaseAddress,
            Timeout = options.ConsoleTimeout * 3,
        };
    }

    private static async Task ConsoleLoopAsync(HttpClient client, FloodOptions options, FloodSamples samples, CancellationToken flood)
    {
        var body = JsonConvert.SerializeObject(new { query = options.ConsoleQuery, parameters = new { } });
        while (!flood.IsCancellationRequested)
        {
            var sample = await SendAsync(client, () => ConsoleRequest(body), flood);
            if (sample is { } answered) samples.AddConsole(answered);
            else samples.AddConsoleCutAtEnd();
        }
    }

    private static async Task SearchLoopAsync(HttpClient client, FloodOptions options, FloodSamples samples, CancellationToken flood)
    {
        var path = "/api/search?q=" + Uri.EscapeDataString(options.SearchText);
        while (!flood.IsCancellationRequested)
        {
            if (await SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, path), flood) is { } sample)
                samples.AddSearch(sample);
        }
    }

    private static async Task HealthLoopAsync(HttpClient client, FloodOptions options, FloodSamples samples, CancellationToken flood)
    {
        while (!flood.IsCancellationRequested)
        {
            if (await SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, "/health"), flood) is { } sample)
                samples.AddHealth(sample);
            await Pause(options.HealthInterval, flood);
        }
    }

    private static async Task MemoryLoopAsync(FloodOptions options, FloodSamples samples, CancellationToken flood)
    {
        if (options.ServerProcessId is not { } pid) return;
        while (!flood.IsCancellationRequested)
        {
            if (ResidentMemory.Read(pid) is { } memory) samples.AddResident(memory.ResidentBytes);
            await Pause(MemoryInterval, flood);
        }
    }

    /// <summary>Seconds from the end of the flood until a trivial console query and /health both answer 200; null if
    /// that did not happen within the recovery limit.</summary>
    private static async Task<double?> MeasureRecoveryAsync(HttpClient client, FloodOptions options, CancellationToken cancellationToken)
    {
        var body = JsonConvert.SerializeObject(new { query = "RETURN 1 AS one", parameters = new { } });
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < options.RecoveryLimit && !cancellationToken.IsCancellationRequested)
        {
            var console = await SendAsync(client, () => ConsoleRequest(body), cancellationToken);
            var health = await SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, "/health"), cancellationToken);
            if (console?.Status == 200 && health?.Status == 200) return clock.Elapsed.TotalSeconds;
            await Pause(RecoveryPoll, cancellationToken);
        }
        return null;
    }

    private static HttpRequestMessage ConsoleRequest(string body) => new(HttpMethod.Post, "/api/cypher")
    {
        Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    /// <summary>The answer's status and time (status 0: no answer, e.g. refused connection or client timeout);
    /// null when <paramref name="stop"/> cut the request.</summary>
    private static async Task<RequestSample?> SendAsync(HttpClient client, Func<HttpRequestMessage> request, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var message = request();
            using var response = await client.SendAsync(message, stop);
            await response.Content.ReadAsByteArrayAsync(stop);
            return new RequestSample((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
        {
            return new RequestSample(0, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static async Task Pause(TimeSpan wait, CancellationToken stop)
    {
        try
        {
            await Task.Delay(wait, stop);
        }
        catch (OperationCanceledException)
        {
            // The flood (or the run) is over; the loop sees it and ends.
        }
    }
}
