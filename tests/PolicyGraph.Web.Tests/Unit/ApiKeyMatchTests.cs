using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Tests.Unit;

/// <summary>Which configured key a given key is: any of them, whatever its length, and none for a prefix or an empty key.</summary>
public class ApiKeyMatchTests
{
    private static readonly ApiKeyGrant[] Keys =
    [
        new() { Key = "reader-key-0123456789abcdef", Role = "reader" },
        new() { Key = "writer-key-0123456789abcdef-longer", Role = "writer" },
        new() { Key = "", Role = "writer" },
    ];

    [Fact]
    public void A_key_matches_its_own_grant_even_when_it_is_not_the_first()
    {
        Assert.Equal("writer", ApiKeyAuthentication.Match(Keys, "writer-key-0123456789abcdef-longer")?.Role);
        Assert.Equal("reader", ApiKeyAuthentication.Match(Keys, "reader-key-0123456789abcdef")?.Role);
    }

    [Fact]
    public void A_prefix_a_longer_key_and_an_empty_key_match_nothing()
    {
        Assert.Null(ApiKeyAuthentication.Match(Keys, "reader-key-0123456789abcde"));
        Assert.Null(ApiKeyAuthentication.Match(Keys, "reader-key-0123456789abcdefX"));
        Assert.Null(ApiKeyAuthentication.Match(Keys, ""));
    }
}
