using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

public class AgencyQualificationTests
{
    private readonly AgencyResolver _resolver = new(SeedFiles.Gazetteer);

    [Theory]
    [InlineData("市场监管局", "市市场监管局")]
    [InlineData("自由贸易试验区福州片区管委会", "自贸试验区福州片区管委会")]
    [InlineData("市法院", "福州市中级人民法院")]
    public void Aliases_resolve_to_one_id(string written, string otherForm)
    {
        var first = _resolver.Resolve(written, Contexts.Fuzhou);
        var second = _resolver.Resolve(otherForm, Contexts.Fuzhou);

        Assert.Equal(first.Id, second.Id);
        Assert.True(first.Known);
    }

    [Fact]
    public void Municipal_department_takes_the_documents_city()
    {
        var agency = _resolver.Resolve("市商务局", Contexts.Fuzhou);

        Assert.Equal("福州市商务局", agency.Name);
        Assert.Equal("agency:福州市商务局", agency.Id);
        Assert.Equal(AdminLevel.Municipal, agency.Level);
        Assert.Equal("Fuzhou Municipal Bureau of Commerce", agency.EnglishName);
    }

    [Theory]
    [InlineData("市商务局", "厦门市商务局")]
    [InlineData("市发改委", "厦门市发改委")]
    [InlineData("市委网信办", "厦门市委网信办")]
    public void Another_citys_document_qualifies_with_that_city(string written, string expected)
    {
        Assert.Equal(expected, _resolver.Resolve(written, Contexts.Xiamen).Name);
    }

    [Fact]
    public void City_department_in_a_district_document_takes_the_districts_city()
    {
        Assert.Equal("福州市商务局", _resolver.Resolve("市商务局", Contexts.Cangshan).Name);
        Assert.Equal("仓山区商务局", _resolver.Resolve("区商务局", Contexts.Cangshan).Name);
    }

    [Fact]
    public void Unknown_department_of_an_unseen_city_is_qualified_but_flagged()
    {
        var agency = _resolver.Resolve("市低空经济发展局", Contexts.Quanzhou);

        Assert.Equal("泉州市低空经济发展局", agency.Name);
        Assert.False(agency.Known);
        Assert.Equal(AdminLevel.Municipal, agency.Level);
        Assert.Equal("department", agency.Kind);
    }

    [Fact]
    public void Provincial_department_takes_the_province()
    {
        var fromProvince = _resolver.Resolve("省商务厅", Contexts.Fujian);
        var fromCity = _resolver.Resolve("省商务厅", Contexts.Fuzhou);

        Assert.Equal("福建省商务厅", fromProvince.Name);
        Assert.Equal(fromProvince.Id, fromCity.Id);
        Assert.Equal(AdminLevel.Provincial, fromProvince.Level);
    }

    [Fact]
    public void Bare_ting_department_belongs_to_the_province_even_in_a_city_document()
    {
        var agency = _resolver.Resolve("财政厅", Contexts.Fuzhou);

        Assert.Equal("福建省财政厅", agency.Name);
        Assert.Equal(AdminLevel.Provincial, agency.Level);
    }

    [Theory]
    [InlineData("商务部", "商务部")]
    [InlineData("海关总署", "海关总署")]
    [InlineData("人民银行", "中国人民银行")]
    [InlineData("国家外汇局", "国家外汇管理局")]
    public void National_bodies_are_national_in_any_document(string written, string expected)
    {
        var agency = _resolver.Resolve(written, Contexts.Fuzhou);

        Assert.Equal(expected, agency.Name);
        Assert.Equal(AdminLevel.National, agency.Level);
    }

    [Fact]
    public void Local_financial_bureau_is_not_confused_with_the_national_regulators_office()
    {
        var local = _resolver.Resolve("省地方金融监管局", Contexts.Fujian);
        var national = _resolver.Resolve("国家金融监督管理总局福建监管局", Contexts.Fujian);

        Assert.Equal("福建省地方金融监管局", local.Name);
        Assert.Equal("国家金融监督管理总局福建监管局", national.Name);
        Assert.NotEqual(local.Id, national.Id);
    }

    [Fact]
    public void City_department_without_a_known_city_stays_as_written()
    {
        var agency = _resolver.Resolve("市商务局", Contexts.Fujian);

        Assert.Equal("市商务局", agency.Name);
        Assert.Equal(AdminLevel.Municipal, agency.Level);
    }

    [Fact]
    public void Qualified_name_that_is_an_alias_of_a_fixed_agency_uses_that_agency()
    {
        var agency = _resolver.Resolve("省自贸办", Contexts.Fujian);

        Assert.Equal("福建自贸试验区工作领导小组办公室", agency.Name);
        Assert.Equal(_resolver.Resolve("中国（福建）自由贸易试验区工作领导小组办公室", Contexts.Fujian).Id, agency.Id);
    }

    [Fact]
    public void Unknown_name_with_brackets_inside_is_kept_whole()
    {
        var agency = _resolver.Resolve("中国（福建）自由贸易试验区数字贸易推进中心", Contexts.Fujian);

        Assert.Equal("中国（福建）自由贸易试验区数字贸易推进中心", agency.Name);
        Assert.False(agency.Known);
        Assert.Equal("public-institution", agency.Kind);
    }

    [Fact]
    public void Issuer_of_the_five_year_plan_is_the_leading_group()
    {
        var agency = _resolver.Resolve("中国（福建）自由贸易试验区工作领导小组", Contexts.Fujian);

        Assert.Equal("福建自贸试验区工作领导小组", agency.Name);
        Assert.True(agency.Known);
    }
}
