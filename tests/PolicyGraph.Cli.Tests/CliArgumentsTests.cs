namespace PolicyGraph.Cli.Tests;

public class CliArgumentsTests
{
    [Fact]
    public void Options_take_the_next_value_and_positionals_stay_in_order()
    {
        var args = new CliArguments(["MATCH (n) RETURN n", "--format", "json", "--seeds=/tmp/docs", "extra"]);

        Assert.Equal(["MATCH (n) RETURN n", "extra"], args.Positionals);
        Assert.Equal("json", args.Get("format"));
        Assert.Equal("/tmp/docs", args.Get("seeds"));
    }

    [Fact]
    public void A_known_switch_never_swallows_the_query_after_it()
    {
        var args = new CliArguments(["--write", "CREATE (n:Note)"]);

        Assert.True(args.Has("write"));
        Assert.Null(args.Get("write"));
        Assert.Equal(["CREATE (n:Note)"], args.Positionals);
    }

    [Fact]
    public void A_value_starting_with_two_dashes_is_not_taken_as_an_option_value()
    {
        var args = new CliArguments(["--out", "--format", "csv"]);

        Assert.True(args.Has("out"));
        Assert.Null(args.Get("out"));
        Assert.Equal("csv", args.Get("format"));
    }

    [Fact]
    public void Whole_numbers_are_checked_with_a_message_naming_the_option()
    {
        var args = new CliArguments(["--timeout", "soon"]);

        var error = Assert.Throws<CliUsageException>(() => args.GetInt("timeout", 30));
        Assert.Contains("--timeout", error.Message);
        Assert.Equal(7, new CliArguments([]).GetInt("timeout", 7));
    }
}
