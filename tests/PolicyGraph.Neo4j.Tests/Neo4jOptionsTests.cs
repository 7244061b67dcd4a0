namespace PolicyGraph.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    private static Func<string, string?> Settings(params (string Key, string Value)[] pairs)
    {
        var map = pairs.ToDictionary(p => p.Key, p => p.Value);
        return key => map.GetValueOrDefault(key);
    }

    [Fact]
    public void Configuration_keys_win_over_environment_variables()
    {
        var options = Neo4jOptions.FromSettings(
            Settings(("Neo4j:Uri", "http://graph:7474"), ("Neo4j:User", "analyst"), ("Neo4j:Password", "s3cret")),
            Settings(("NEO4J_URI", "http://other:7474"), ("NEO4J_USER", "ignored"), ("NEO4J_DATABASE", "policies")));

        Assert.NotNull(options);
        Assert.Equal(new Uri("http://graph:7474"), options.Uri);
        Assert.Equal("analyst", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal("policies", options.Database);
    }

    [Fact]
    public void Environment_variables_are_used_when_configuration_is_silent_and_defaults_fill_the_rest()
    {
        var options = Neo4jOptions.FromSettings(Settings(), Settings(("NEO4J_URI", "https://db.example:7473")));

        Assert.NotNull(options);
        Assert.Equal(new Uri("https://db.example:7473"), options.Uri);
        Assert.Equal("neo4j", options.User);
        Assert.Equal("neo4j", options.Database);
    }

    [Fact]
    public void No_uri_anywhere_means_no_options()
    {
        Assert.Null(Neo4jOptions.FromSettings(Settings(("Neo4j:User", "x")), Settings()));
    }

    [Fact]
    public void A_bolt_uri_is_rejected_with_a_message_that_names_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Neo4jOptions.FromSettings(Settings(("Neo4j:Uri", "bolt://localhost:7687")), Settings()));

        Assert.Contains("NEO4J_URI", error.Message);
        Assert.Contains("bolt://localhost:7687", error.Message);
    }

    [Fact]
    public void ToString_never_shows_the_password()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Password = "hunter2-secret" };

        Assert.DoesNotContain("hunter2-secret", options.ToString());
        Assert.Contains("http://localhost:7474", options.ToString());
    }

    [Fact]
    public void Retry_delays_double_from_the_initial_delay()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), InitialRetryDelay = TimeSpan.FromMilliseconds(100) };

        Assert.Equal([100, 200, 400, 800], Enumerable.Range(0, 4).Select(a => options.RetryDelay(a).TotalMilliseconds));
    }
}
