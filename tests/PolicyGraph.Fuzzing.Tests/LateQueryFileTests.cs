namespace PolicyGraph.Fuzzing.Tests;

/// <summary>Late queries are kept by the report and survive the round trip through a replay file.</summary>
public class LateQueryFileTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void The_report_keeps_only_queries_past_the_allowed_overrun()
    {
        var report = new FuzzReport();

        report.Record("RETURN 1", FuzzOutcome.Ok, TimeSpan.FromMilliseconds(140), Timeout);
        report.Record("RETURN 2", FuzzOutcome.Ok, TimeSpan.FromMilliseconds(200), Timeout);

        var late = Assert.Single(report.LateQueries);
        Assert.Equal("RETURN 2", late.Query);
        Assert.Equal(2.0, late.Ratio, 3);
    }

    [Fact]
    public void A_multi_line_query_is_read_back_whole()
    {
        var path = Path.GetTempFileName();
        try
        {
            const string multiLine = "MATCH (n)\nWHERE n.name = 'a\"b'\nRETURN n";
            LateQueryFile.Write(path, [new LateQuery(multiLine, 1.7), new LateQuery("RETURN 1", 3.0)]);

            Assert.Equal([multiLine, "RETURN 1"], LateQueryFile.ReadQueries(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_line_that_is_not_a_record_is_named_by_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"query\": \"RETURN 1\"}", "", "RETURN 2"]);

            var error = Assert.Throws<FormatException>(() => LateQueryFile.ReadQueries(path));
            Assert.Contains($"{path}:3:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
