using PolicyGraph.Benchmarks.Load;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Load;

/// <summary>The flood library against the in-process app, with a console query that holds its slot until cut.</summary>
public class FloodRunnerTests
{
    [Fact]
    public async Task Flood_of_held_queries_counts_refusals_keeps_health_and_sees_the_console_recover()
    {
        using var app = new ShortQueueWaitAppFactory();
        await app.CreateClient().PostCypherAsync("RETURN 1 AS warm"); // start-up and first compilation outside the flood
        var options = new FloodOptions
        {
            BaseAddress = app.Server.BaseAddress,
            Connections = 8,
            SearchConnections = 2,
            // Long enough for several 0.2 s queue waits to expire even on a loaded machine.
            Duration = TimeSpan.FromSeconds(5),
            ConsoleQuery = GatedBackend.BlockingQuery,
            HealthInterval = TimeSpan.FromMilliseconds(50),
        };

        var report = await FloodRunner.RunAsync(options, app.Server.CreateHandler());

        var seen = string.Join(", ", report.ConsoleByStatus.Select(p => $"{p.Key}: {p.Value}"));
        Assert.True(report.ConsoleByStatus.GetValueOrDefault(503) > 0, $"no console request was refused ({seen})");
        Assert.False(report.ConsoleByStatus.ContainsKey(200), "a held query answered 200 during the flood");
        Assert.True(report.ConsoleCutAtEnd >= 1, "the held query was not cut when the flood ended");
        Assert.True(report.Health.Count > 0 && report.HealthFailures == 0, $"{report.HealthFailures} of {report.Health.Count} health probes failed");
        Assert.True(report.SearchAnswered > 0 && report.SearchFailures == 0);
        var written = new StringWriter();
        report.Write(written);
        Assert.True(report.RecoverySeconds is not null, written.ToString());
        await app.Backend.Cancelled.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://10.0.0.1:5080/")]
    public void Flood_refuses_an_address_that_is_not_loopback(string address)
    {
        var options = new FloodOptions { BaseAddress = new Uri(address) };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    public void Loopback_addresses_are_accepted(string address) =>
        Assert.True(FloodOptions.IsLoopback(new Uri(address)));

    [Fact]
    public void Resident_memory_is_read_from_proc_status_lines()
    {
        var memory = ResidentMemory.Parse(["Name:\tPolicyGraph.Web", "VmHWM:\t  204800 kB", "VmRSS:\t  102400 kB", "Threads:\t30"]);

        Assert.Equal(new ResidentMemory(100L * 1024 * 1024, 200L * 1024 * 1024), memory);
    }

    [Fact]
    public void Status_without_memory_lines_gives_nothing()
    {
        Assert.Null(ResidentMemory.Parse(["Name:\tkthreadd", "State:\tS (sleeping)"]));
    }
}
