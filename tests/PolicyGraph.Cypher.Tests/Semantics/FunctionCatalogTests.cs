using PolicyGraph.Cypher.Semantics;

namespace PolicyGraph.Cypher.Tests.Semantics;

public sealed class FunctionCatalogTests
{
    [Theory]
    [InlineData("COUNT", true)]
    [InlineData("collect", true)]
    [InlineData("percentileDisc", true)]
    [InlineData("toUpper", false)]
    [InlineData("size", false)]
    public void KnowsWhichFunctionsAggregateIgnoringCase(string name, bool aggregate)
    {
        var signature = FunctionCatalog.Find(name);

        Assert.NotNull(signature);
        Assert.Equal(aggregate, signature.IsAggregate);
    }

    [Fact]
    public void DescribesArityRanges()
    {
        var substring = FunctionCatalog.Find("substring")!;

        Assert.False(substring.AcceptsArgumentCount(1));
        Assert.True(substring.AcceptsArgumentCount(2));
        Assert.True(substring.AcceptsArgumentCount(3));
        Assert.False(substring.AcceptsArgumentCount(4));
        Assert.True(FunctionCatalog.Find("coalesce")!.AcceptsArgumentCount(12));
    }

    [Fact]
    public void KnowsNamespacedTemporalFunctions()
    {
        Assert.NotNull(FunctionCatalog.Find("duration.between"));
        Assert.NotNull(FunctionCatalog.Find("datetime.fromepochmillis"));
        Assert.Null(FunctionCatalog.Find("policyScore"));
    }

    [Fact]
    public void HasNoDuplicateNames()
    {
        var names = FunctionCatalog.All.Select(signature => signature.Name.ToLowerInvariant()).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
