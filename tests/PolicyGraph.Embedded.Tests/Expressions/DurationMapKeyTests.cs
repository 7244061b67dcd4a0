using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>duration({…}) names an unknown key before it judges the key's value.</summary>
public sealed class DurationMapKeyTests : IAsyncLifetime
{
    private readonly EmbeddedGraphBackend _backend = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Theory]
    [InlineData("RETURN duration({k0: 0.0 / 0.0}) AS d")]
    [InlineData("RETURN duration({k0: 1.0 / 0.0}) AS d")]
    [InlineData("RETURN duration({k0: 'text'}) AS d")]
    public async Task An_unknown_key_is_the_error_whatever_its_value(string query)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _backend.RunAsync(query));

        Assert.Contains("'k0' is not a duration component", error.Message, StringComparison.Ordinal);
    }
}
