using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Names kept whole as written, and new areas qualified by their full name.</summary>
public class NameFormTests
{
    private readonly AgencyResolver _resolver = new(SeedFiles.Gazetteer);

    private string[] Names(string cell, Jurisdiction context) =>
        _resolver.ResolveList(cell, context).Select(a => a.Name).ToArray();

    [Fact]
    public void A_unit_of_a_department_stays_one_name()
    {
        Assert.Equal(["福建省司法厅", "福建省公安厅出入境管理局"], Names("省司法厅、福建省公安厅出入境管理局", Contexts.Fujian));
        Assert.Equal(["福州市公安局出入境管理支队", "福州市商务局"], Names("市公安局出入境管理支队、市商务局", Contexts.Fuzhou));
    }

    [Fact]
    public void An_office_named_by_an_ending_alone_stays_with_its_department()
    {
        // 督查室 alone is an ending and names nothing; after 市政府 it is that government's office.
        Assert.Equal(["福州市政府督查室", "福州市商务局"], Names("市政府督查室、市商务局", Contexts.Fuzhou));
        Assert.Equal(["福建省政府研究室"], Names("省政府研究室", Contexts.Fujian));
    }

    [Fact]
    public void A_department_or_office_written_right_after_a_government_is_that_governments()
    {
        Assert.Equal(["福建省政府口岸办", "福州海关"], Names("省政府口岸办、福州海关", Contexts.Fujian));
        Assert.Equal(["福建省政府驻北京办事处"], Names("省政府驻北京办事处", Contexts.Fujian));
        Assert.Equal(["福建省人民政府", "福建省商务厅"], Names("省人民政府、省商务厅", Contexts.Fujian));
    }

    [Fact]
    public void A_unit_of_a_department_does_not_swallow_the_next_named_body()
    {
        Assert.Equal(["福建省公安厅", "福州海关"], Names("福建省公安厅福州海关", Contexts.Fujian));
    }

    [Fact]
    public void A_stretch_without_an_agency_ending_keeps_the_department_name_after_it()
    {
        var court = _resolver.ResolveList("福建省第二中级人民法院", Contexts.Fujian);

        Assert.Equal("福建省第二中级人民法院", Assert.Single(court).Name);
        Assert.Equal(["仓山区政务服务和大数据发展局"], Names("区政务服务和大数据发展局", Contexts.Cangshan));
    }

    [Theory]
    [InlineData("重庆两江新区管理委员会", "新区商务局、新区财政局", "重庆两江新区商务局|重庆两江新区财政局")]
    [InlineData("天津市滨海新区人民政府", "新区科技局", "天津市滨海新区科技局")]
    public void A_new_area_document_prefixes_the_new_area_full_name(string issuer, string cell, string expected)
    {
        var context = JurisdictionDetector.Detect(SeedFiles.Gazetteer, "关于进一步扩大开放的若干措施", issuer);

        Assert.Equal(expected.Split('|'), Names(cell, context));
    }
    [Fact]
    public void A_registered_short_form_of_a_border_station_maps_to_its_full_name()
    {
        var sichuan = new Jurisdiction("四川省", AdminLevel.Provincial, "四川省");

        var stations = _resolver.ResolveList("四川边检总站、四川出入境边防检查总站", sichuan);

        Assert.Equal("四川出入境边防检查总站", Assert.Single(stations.Select(a => a.Name).Distinct()));
        Assert.Equal(["厦门出入境边防检查总站"], Names("厦门边检总站", Contexts.Fujian));
    }
}
