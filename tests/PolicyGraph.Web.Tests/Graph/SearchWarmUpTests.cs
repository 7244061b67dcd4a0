using PolicyGraph.Embedded;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Graph;

/// <summary>
/// The start-up search warm-up gives way to people's searches (<see cref="NameSearch.WarmUpAsync"/>): it runs when
/// search goes unasked, is skipped once a search was asked for, and a search asked for during it answers as any
/// search does.
/// </summary>
public sealed class SearchWarmUpTests : IAsyncLifetime
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);
    private readonly EmbeddedGraphBackend _backend = new();

    public async Task InitializeAsync()
    {
        await _backend.ApplySchemaAsync();
        await _backend.ImportAsync(SampleGraph.Build());
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    private NameSearch NewSearch() => new(new GraphReader(_backend, new DocumentFiles([])), NameRegistry.Empty);

    private static async Task<string[]> AnswerAsync(NameSearch search) =>
        (await search.SearchAsync("商务局", NameSearch.SearchableLabels, 20)).Select(hit => $"{hit.Id} {hit.Score}").ToArray();

    [Fact]
    public async Task Unasked_search_runs_the_warm_up_search()
    {
        var search = NewSearch();

        Assert.True(await search.UnaskedForAsync(TimeSpan.Zero));
        Assert.Equal(1, await search.WarmUpAsync());
        Assert.Contains(await AnswerAsync(search), hit => hit.StartsWith(SampleGraph.Commerce + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_asked_for_ends_the_wait_for_quiet_and_the_warm_up_is_skipped()
    {
        var search = NewSearch();
        var quiet = search.UnaskedForAsync(TimeSpan.FromHours(1));

        var answer = await AnswerAsync(search);

        Assert.False(await quiet.WaitAsync(Guard));
        Assert.Null(await search.WarmUpAsync());
        Assert.False(await search.UnaskedForAsync(TimeSpan.Zero));
        Assert.Equal(await AnswerAsync(NewSearch()), answer);
        Assert.NotEmpty(answer);
    }

    [Fact]
    public async Task A_search_during_the_warm_up_answers_as_without_it()
    {
        var expected = await AnswerAsync(NewSearch());
        var search = NewSearch();

        var warmUp = search.WarmUpAsync();
        var answer = await AnswerAsync(search);
        var warmed = await warmUp.WaitAsync(Guard);

        Assert.Equal(expected, answer);
        // Either it ended before the search stopped it (one hit) or it was stopped (null); it never fails.
        Assert.True(warmed is null or 1, $"warm-up gave {warmed}");
    }

    [Fact]
    public async Task A_caller_cancelling_the_warm_up_sees_the_cancellation()
    {
        var search = NewSearch();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.WarmUpAsync(cancelled.Token));
    }
}
