using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Zones the gazetteer does not list: kept when their form is unmistakable, never invented from phrases.</summary>
public class UnlistedZoneTests
{
    private static readonly Jurisdiction Guangzhou = new("广州市", AdminLevel.Municipal, "广东省");
    private static readonly Jurisdiction Nanchang = new("南昌市", AdminLevel.Municipal, "江西省");

    private readonly ZoneResolver _zones = new(SeedFiles.Gazetteer);

    [Theory]
    [InlineData("广州青云港综合保税区", "广州青云港综合保税区", "comprehensive-bonded-zone")]
    [InlineData("青云港保税港区", "青云港保税港区", "bonded-port-area")]
    [InlineData("青云港保税区", "青云港保税区", "bonded-zone")]
    [InlineData("青云山经济技术开发区", "青云山经济技术开发区", "development-zone")]
    [InlineData("青云高新技术产业开发区", "青云高新技术产业开发区", "development-zone")]
    [InlineData("青云山新区", "青云山新区", "new-area")]
    [InlineData("青云片区", "青云片区", "ftz-area")]
    [InlineData("自贸试验区青云片区", "青云片区", "ftz-area")]
    [InlineData("中国（广东）自由贸易试验区青云片区", "青云片区", "ftz-area")]
    [InlineData("青云自贸片区", "青云片区", "ftz-area")]
    [InlineData("青云新区片区", "青云新区片区", "ftz-area")]
    [InlineData("中国（青云）自由贸易试验区", "中国（青云）自由贸易试验区", "ftz")]
    [InlineData("中国(青云)自贸试验区", "中国（青云）自由贸易试验区", "ftz")]
    public void An_unlisted_zone_keeps_its_name_and_gets_the_kind_of_its_form(string scope, string name, string kind)
    {
        var zone = Assert.Single(_zones.ResolveScope(scope, Guangzhou));

        Assert.Equal(("zone:" + name, name, scope, kind, false), (zone.Id, zone.Name, zone.AsWritten, zone.Kind, zone.Known));
    }

    [Fact]
    public void Unlisted_zones_run_together_or_beside_listed_ones_are_each_kept()
    {
        var zones = _zones.ResolveScope("南沙片区青云片区、横琴片区及广州青云港综合保税区", Guangzhou);

        Assert.Equal(["南沙片区", "青云片区", "横琴片区", "广州青云港综合保税区"], zones.Select(z => z.Name));
        Assert.Equal([true, false, true, false], zones.Select(z => z.Known));
    }

    [Fact]
    public void An_area_outside_any_free_trade_zone_is_a_planning_area()
    {
        var zone = Assert.Single(_zones.ResolveScope("青岚片区", Nanchang));

        Assert.Equal(("青岚片区", "area", false), (zone.Name, zone.Kind, zone.Known));
    }

    [Fact]
    public void A_listed_area_after_a_word_is_that_area_not_a_new_one()
    {
        var zone = Assert.Single(_zones.ResolveScope("在南沙片区", Guangzhou));

        Assert.Equal(("zone:南沙片区", true), (zone.Id, zone.Known));
    }

    [Theory]
    [InlineData("相关片区")]
    [InlineData("有关片区")]
    [InlineData("试点片区")]
    [InlineData("各综合保税区")]
    [InlineData("国家级新区")]
    [InlineData("两个片区")]
    [InlineData("自贸片区")]
    public void Vague_scopes_name_no_zone(string scope)
    {
        Assert.Empty(_zones.ResolveScope(scope, Guangzhou));
    }

    [Theory]
    [InlineData("各片区")]
    [InlineData("三个片区")]
    [InlineData("自贸试验区")]
    [InlineData("全省")]
    [InlineData("全区")]
    public void Relative_scopes_whose_place_is_unknown_name_no_zone(string scope)
    {
        Assert.Empty(_zones.ResolveScope(scope, Jurisdiction.Unknown));
    }

    [Fact]
    public void Every_area_of_a_province_with_a_free_trade_zone_expands_and_invents_nothing()
    {
        var zones = _zones.ResolveScope("各片区", Guangzhou);

        Assert.Equal(3, zones.Count);
        Assert.All(zones, z => Assert.True(z.Known));
        Assert.Empty(_zones.ResolveScope("各片区", Nanchang));
    }

    [Theory]
    [InlineData("中心片区")]
    [InlineData("城市新区")]
    public void Generic_stems_are_not_place_names(string scope)
    {
        var zone = Assert.Single(_zones.ResolveScope(scope, Guangzhou));

        Assert.Equal(("unknown", false), (zone.Kind, zone.Known)); // kept for review, with no kind guessed
    }

    [Fact]
    public void Free_text_never_yields_an_unlisted_zone()
    {
        var zones = _zones.FindMentions("支持广州青云港综合保税区与南沙片区联动发展。", Guangzhou);

        Assert.DoesNotContain(zones, z => z.Name.Contains("综合保税区", StringComparison.Ordinal));
        Assert.All(zones, z => Assert.True(z.Known));
        Assert.Contains(zones, z => z.Name == "南沙片区");
    }
}
