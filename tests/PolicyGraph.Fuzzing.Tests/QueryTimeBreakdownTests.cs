using Newtonsoft.Json.Linq;
using PolicyGraph.Embedded;

namespace PolicyGraph.Fuzzing.Tests;

/// <summary>
/// Where a query's time went is measured from the engine's own budget: a query stopped by its timeout has a notice
/// after its deadline and a return after the notice, and the late-query file carries those figures beside the query
/// and ratio it always had.
/// </summary>
public class QueryTimeBreakdownTests
{
    [Fact]
    public async Task A_timed_out_query_is_noticed_after_its_deadline_by_a_polling_loop()
    {
        await using var backend = new EmbeddedGraphBackend();
        var runner = new FuzzRunner(backend, FuzzRunner.DefaultOptions with { Timeout = TimeSpan.FromMilliseconds(20) });

        var report = await runner.RunAsync(["UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x WHERE x < y - 100000 RETURN count(x) AS c"]);

        Assert.Equal(["timeout"], report.Counts.Keys);
        var breakdown = report.SlowestBreakdown!;
        Assert.True(breakdown.NoticeDelayMs >= 0, breakdown.ToString());
        Assert.True(breakdown.ReturnDelayMs >= 0, breakdown.ToString());
        Assert.True(breakdown.Steps >= 1024, breakdown.ToString());
    }

    [Fact]
    public async Task A_query_that_ends_in_time_has_no_notice()
    {
        await using var backend = new EmbeddedGraphBackend();
        var runner = new FuzzRunner(backend, FuzzRunner.DefaultOptions);

        var report = await runner.RunAsync(["UNWIND range(1, 10) AS x RETURN sum(x) AS s"]);

        Assert.Equal(1L, report.Counts["ok"]);
        Assert.Null(report.SlowestBreakdown!.NoticeDelayMs);
        Assert.True(report.SlowestBreakdown.Steps >= 10, report.SlowestBreakdown.ToString());
    }

    [Fact]
    public async Task A_query_building_large_values_under_a_short_timeout_is_answered_and_its_large_objects_reported()
    {
        await using var backend = new EmbeddedGraphBackend();
        var runner = new FuzzRunner(backend, FuzzRunner.DefaultOptions with { Timeout = TimeSpan.FromMilliseconds(900), MaxSingleValueBytes = null });

        var report = await runner.RunAsync(["RETURN size(reduce(s = 'x', i IN range(1, 22) | s + s)) AS n", "RETURN 1 AS n"]);

        Assert.Equal(2L, report.Counts["ok"]);
        Assert.Equal(1L, report.LargeObjectQueries);
        Assert.True(report.MaxLargeObjectBytes >= 2L << 22, report.MaxLargeObjectBytes.ToString());
        Assert.StartsWith("RETURN size(reduce", report.LargestObjectQuery);
        var printed = new StringWriter();
        report.Write(printed);
        Assert.Contains("large objects built: ", printed.ToString());
        Assert.Contains("by 1 queries", printed.ToString());
    }

    [Fact]
    public void The_late_file_keeps_query_and_ratio_first_and_adds_the_breakdown()
    {
        var path = Path.GetTempFileName();
        try
        {
            var why = new QueryTimeBreakdown(0.5, 12.0, 0.25, 1, 1, 0, 40.0, 4096, 170_000);
            LateQueryFile.Write(path, [new LateQuery("RETURN 1", 1.7, why), new LateQuery("RETURN 2", 1.6)]);

            var lines = File.ReadAllLines(path);
            var first = JObject.Parse(lines[0]);
            Assert.Equal(["query", "ratio"], first.Properties().Take(2).Select(p => p.Name));
            Assert.Equal(12.0, (double)first["noticeDelayMs"]!);
            Assert.Equal(40.0, (double)first["gcPauseMs"]!);
            Assert.Equal(4096L, (long)first["steps"]!);
            Assert.Equal("largeObjectBytes", first.Properties().Last().Name);
            Assert.Equal(170_000L, (long)first["largeObjectBytes"]!);
            Assert.Equal(["query", "ratio"], JObject.Parse(lines[1]).Properties().Select(p => p.Name));
            Assert.Equal(["RETURN 1", "RETURN 2"], LateQueryFile.ReadQueries(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
