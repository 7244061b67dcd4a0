using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Places, zones and departments of provinces other than Fujian.</summary>
public class OtherProvinceTests
{
    private static readonly Jurisdiction Guangzhou = new("广州市", AdminLevel.Municipal, "广东省");

    private readonly ZoneResolver _zones = new(SeedFiles.Gazetteer);
    private readonly AgencyResolver _agencies = new(SeedFiles.Gazetteer);

    [Fact]
    public void Guangdong_areas_resolve_and_belong_to_the_guangdong_zone()
    {
        var zones = _zones.ResolveScope("南沙片区、前海蛇口片区、横琴片区", Guangzhou);

        Assert.Equal(3, zones.Count);
        Assert.All(zones, z => Assert.True(z.Known));
        Assert.All(zones, z => Assert.Equal("ftz-area", z.Kind));
        var partOf = SeedFiles.Gazetteer.ZoneHierarchy;
        Assert.All(zones, z => Assert.Contains((z.Id, "zone:中国（广东）自由贸易试验区"), partOf));
        Assert.Contains(("zone:中国（广东）自由贸易试验区", "zone:广东省"), partOf);
    }

    [Theory]
    [InlineData("中国（广东）自由贸易试验区广州南沙新区片区")]
    [InlineData("自贸试验区南沙片区")]
    [InlineData("广东自贸区南沙片区")]
    [InlineData("南沙自贸片区")]
    public void Long_and_official_forms_of_an_area_are_one_zone(string scope)
    {
        var zone = Assert.Single(_zones.ResolveScope(scope, Guangzhou));

        Assert.Equal(("zone:南沙片区", true), (zone.Id, zone.Known));
    }

    [Fact]
    public void Every_pilot_free_trade_zone_hangs_under_a_provincial_level_place()
    {
        var gazetteer = SeedFiles.Gazetteer;
        var freeTradeZones = gazetteer.Zones.Where(z => z.Kind == "ftz").ToList();

        Assert.Equal(22, freeTradeZones.Count);
        Assert.All(freeTradeZones, ftz =>
        {
            var parent = gazetteer.FindZone(Assert.Single(ftz.Parents));
            Assert.NotNull(parent);
            Assert.Equal(AdminLevel.Provincial, parent.Level);
            Assert.Equal($"中国（{parent.Aliases[0]}）自由贸易试验区", ftz.Name);
        });
        Assert.All(gazetteer.Zones.Where(z => z.Kind == "ftz-area"),
            area => Assert.Contains(area.Parents, p => gazetteer.FindZone(p)?.Kind == "ftz"));
    }

    [Fact]
    public void Every_province_and_autonomous_region_is_listed_under_the_country()
    {
        var provincial = SeedFiles.Gazetteer.Zones
            .Where(z => z.Level == AdminLevel.Provincial && z.Parents.SequenceEqual(["中华人民共和国"]))
            .ToList();

        // 22 provinces (Taiwan is listed as a region), 5 autonomous regions, 4 municipalities.
        Assert.Equal(31, provincial.Count);
        Assert.Equal(5, provincial.Count(z => z.Name.EndsWith("自治区", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("广州市关于复制推广自由贸易试验区改革试点经验的实施方案", null, "广州市", "广东省")]
    [InlineData("关于推进跨境贸易便利化的通知", "中国（广东）自由贸易试验区深圳前海蛇口片区管理委员会", "深圳市", "广东省")]
    [InlineData("关于支持临港新片区高质量发展的若干措施", null, "上海市", "上海市")]
    [InlineData("成都市推进服务业扩大开放实施方案", null, "成都市", "四川省")]
    [InlineData("山东省人民政府关于印发自贸试验区提升行动方案的通知", null, "山东省", "山东省")]
    public void Detects_the_government_of_another_province(string title, string? issuer, string name, string province)
    {
        var jurisdiction = JurisdictionDetector.Detect(SeedFiles.Gazetteer, title, issuer);

        Assert.Equal((name, province), (jurisdiction.Name, jurisdiction.Province));
    }

    [Fact]
    public void A_municipalitys_bare_free_trade_zone_and_whole_city_are_its_own()
    {
        var shanghai = JurisdictionDetector.Detect(SeedFiles.Gazetteer, "上海市关于推进跨境贸易便利化的实施方案", null);

        Assert.Equal("zone:中国（上海）自由贸易试验区", _zones.ResolveScope("自贸试验区", shanghai).Single().Id);
        Assert.Equal("zone:上海市", _zones.ResolveScope("全市", shanghai).Single().Id);
    }

    [Fact]
    public void Relative_and_qualified_departments_of_a_guangzhou_plan_are_one_agency()
    {
        var agencies = _agencies.ResolveList("市商务局、广州市商务局、南沙片区管委会", Guangzhou);

        Assert.Equal(["广州市商务局", "南沙片区管委会"], agencies.Select(a => a.Name));
        Assert.All(agencies, a => Assert.True(a.Known));
    }

    [Fact]
    public void A_relative_department_of_a_municipality_has_the_municipalitys_level()
    {
        var shanghai = JurisdictionDetector.Detect(SeedFiles.Gazetteer, "上海市关于推进跨境贸易便利化的实施方案", null);

        var relative = _agencies.ResolveList("市商务局", shanghai).Single();
        var qualified = _agencies.ResolveList("上海市商务局", shanghai).Single();

        Assert.Equal((qualified.Id, qualified.Level), (relative.Id, relative.Level));
    }
}
