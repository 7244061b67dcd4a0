using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Graph;

/// <summary>
/// Resolving an entity by its exact name reads through the backend, and however many nodes share the name, one
/// lookup reads out a bounded number of them: the answer is "ambiguous" with a bounded choice.
/// </summary>
public sealed class EntityResolverTests : IAsyncLifetime
{
    private const int SameNamed = 3 * EntityResolver.MaxExactMatches;
    private readonly CountingBackend _backend = new();
    private EntityResolver _resolver = null!;

    public async Task InitializeAsync()
    {
        await _backend.RunAsync($"UNWIND range(1, {SameNamed}) AS i CREATE (:{NodeLabels.Agency} {{id: 'agency:' + i, name: '同名机构'}})");
        await _backend.RunAsync($"CREATE (:{NodeLabels.Agency} {{id: 'agency:unique', name: '唯一机构', aliases: ['唯一']}})");
        var reader = new GraphReader(_backend, new DocumentFiles([]));
        _resolver = new EntityResolver(reader, NameRegistry.Empty, new NameSearch(reader, NameRegistry.Empty));
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task A_name_many_nodes_share_is_ambiguous_with_a_bounded_choice()
    {
        var lookup = await _resolver.ResolveAsync("同名机构");

        Assert.True(lookup.IsAmbiguous);
        Assert.Null(lookup.Node);
        Assert.InRange(lookup.Candidates.Count, 2, EntityResolver.MaxExactMatches);
        Assert.All(lookup.Candidates, c => Assert.StartsWith("agency:", c.Id, StringComparison.Ordinal));
        Assert.Equal(1, _backend.Runs(GraphReads.NamedExactly));
    }

    [Fact]
    public async Task A_capped_choice_says_more_share_the_name_than_are_listed()
    {
        var many = await _resolver.ResolveAsync("同名机构");
        var unique = await _resolver.ResolveAsync("唯一机构");

        Assert.True(many.MoreNotShown);
        Assert.False(unique.MoreNotShown);
        Assert.Contains($"names more than {many.Candidates.Count} agency entities", EntityResolver.Explain("Agency", "同名机构", many), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_or_alias_of_one_node_resolves_to_it_through_the_backend()
    {
        var byName = await _resolver.ResolveAsync("唯一机构");
        var byAlias = await _resolver.ResolveAsync("唯一");

        Assert.Equal("agency:unique", ElementsBuilder.PolicyId(byName.Node!));
        Assert.Equal("agency:unique", ElementsBuilder.PolicyId(byAlias.Node!));
        Assert.Equal(2, _backend.Runs(GraphReads.NamedExactly));
    }
}
