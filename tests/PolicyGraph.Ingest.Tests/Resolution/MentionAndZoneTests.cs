using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

public class MentionAndZoneTests
{
    private readonly AgencyResolver _agencies = new(SeedFiles.Gazetteer);
    private readonly ZoneResolver _zones = new(SeedFiles.Gazetteer);

    [Fact]
    public void Mentions_in_the_services_plan_safeguards_are_qualified()
    {
        var names = _agencies.FindMentions(
            "由市委宣传部、市服开办牵头，各相关单位配合；专班下设办公室（市服开办），设在市商务局。", Contexts.Fuzhou)
            .Select(a => a.Name);

        Assert.Equal(["福州市委宣传部", "福州市服开办", "福州市商务局"], names);
    }

    [Fact]
    public void Mentions_skip_city_names_whose_city_is_unknown_and_words_ending_in_qu()
    {
        var names = _agencies.FindMentions(
            "各设区市人民政府、平潭综合实验区管委会，各片区管委会要落实省委、省政府和商务部的工作要求。", Contexts.Fujian)
            .Select(a => a.Name).ToList();

        Assert.Equal(["平潭综合实验区管委会", "福建省政府", "商务部"], names);
    }

    [Fact]
    public void Zone_long_forms_resolve_to_the_area()
    {
        var ids = new[] { "自由贸易试验区福州片区", "自贸试验区福州片区", "福州片区" }
            .Select(text => _zones.ResolveScope(text, Contexts.Fuzhou).Single().Id);

        Assert.All(ids, id => Assert.Equal("zone:福州片区", id));
    }

    [Fact]
    public void Scope_cell_without_delimiters_lists_each_area()
    {
        var zones = _zones.ResolveScope("福州片区厦门片区平潭片区", Contexts.Fujian);

        Assert.Equal(["福州片区", "厦门片区", "平潭片区"], zones.Select(z => z.Name));
        Assert.All(zones, z => Assert.Equal("ftz-area", z.Kind));
    }

    [Fact]
    public void Whole_province_and_whole_city_follow_the_document()
    {
        Assert.Equal("zone:福建省", _zones.ResolveScope("全省", Contexts.Fujian).Single().Id);
        Assert.Equal("zone:福州市", _zones.ResolveScope("全市", Contexts.Fuzhou).Single().Id);
        Assert.Equal("zone:厦门市", _zones.ResolveScope("全市", Contexts.Xiamen).Single().Id);
        Assert.Equal("zone:中华人民共和国", _zones.ResolveScope("全国", Contexts.Xiamen).Single().Id);
    }

    [Fact]
    public void Bare_free_trade_zone_means_the_provinces_zone()
    {
        var zone = _zones.ResolveScope("自贸试验区", Contexts.Fuzhou).Single();

        Assert.Equal("zone:中国（福建）自由贸易试验区", zone.Id);
    }

    [Fact]
    public void Every_area_word_expands_to_the_provinces_three_areas()
    {
        var zones = _zones.ResolveScope("各片区", Contexts.Fujian);

        Assert.Equal(["福州片区", "厦门片区", "平潭片区"], zones.Select(z => z.Name));
        Assert.All(zones, z => Assert.Equal("各片区", z.AsWritten));
    }

    [Theory]
    [InlineData("三个片区")]
    [InlineData("三大片区")]
    [InlineData("各自贸片区")]
    public void A_count_equal_to_the_number_of_areas_names_them_all(string scope)
    {
        var zones = _zones.ResolveScope(scope, Contexts.Fujian);

        Assert.Equal(["福州片区", "厦门片区", "平潭片区"], zones.Select(z => z.Name));
    }

    [Theory]
    [InlineData("两个片区")]
    [InlineData("十二个片区")]
    public void A_count_other_than_the_number_of_areas_is_not_expanded_nor_made_a_zone(string scope)
    {
        Assert.Empty(_zones.ResolveScope(scope, Contexts.Fujian));
    }

    [Fact]
    public void Unknown_scope_is_kept_and_flagged()
    {
        var zones = _zones.ResolveScope("福州片区、青云山新区", Contexts.Fuzhou);

        Assert.Equal(2, zones.Count);
        Assert.True(zones[0].Known);
        Assert.False(zones[1].Known);
        Assert.Equal("zone:青云山新区", zones[1].Id);
    }

    [Fact]
    public void Zone_mentions_in_free_text_use_canonical_names_once()
    {
        var names = _zones.FindMentions(
            "优化福州江阴港综保区区港一体化管理模式，支持自贸试验区福州片区与福州片区外联动。", Contexts.Fuzhou)
            .Select(z => z.Name);

        Assert.Equal(["福州江阴港综合保税区", "福州片区"], names);
    }

    [Fact]
    public void Place_inside_a_fixed_agency_name_is_not_a_zone_mention()
    {
        var names = _zones.FindMentions("榕城海关、马尾海关负责；马尾区人民政府配合。", Contexts.Fuzhou).Select(z => z.Name);

        Assert.Equal(["马尾区"], names);
    }

    [Fact]
    public void Area_hierarchy_runs_from_area_to_free_trade_zone_to_province()
    {
        var partOf = SeedFiles.Gazetteer.ZoneHierarchy;

        Assert.Contains(("zone:福州片区", "zone:中国（福建）自由贸易试验区"), partOf);
        Assert.Contains(("zone:中国（福建）自由贸易试验区", "zone:福建省"), partOf);
        Assert.Contains(("zone:仓山区", "zone:福州市"), partOf);
        Assert.Contains(("zone:福建省", "zone:中华人民共和国"), partOf);
        Assert.DoesNotContain(partOf, pair => pair.ChildId == pair.ParentId);
    }
}
