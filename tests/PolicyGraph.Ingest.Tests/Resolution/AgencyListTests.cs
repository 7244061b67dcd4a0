using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

public class AgencyListTests
{
    private readonly AgencyResolver _resolver = new(SeedFiles.Gazetteer);

    private string[] Names(string cell, Jurisdiction context) =>
        _resolver.ResolveList(cell, context).Select(a => a.Name).ToArray();

    [Fact]
    public void Cell_without_delimiters_from_the_7th_batch_table_names_three_agencies()
    {
        var agencies = _resolver.ResolveList("人行福州中心支行人行厦门市中心支行省委台港澳办", Contexts.Fujian);

        Assert.Equal(["中国人民银行福建省分行", "中国人民银行厦门市分行", "福建省委台港澳办"], agencies.Select(a => a.Name));
        Assert.All(agencies, a => Assert.True(a.Known));
        Assert.Equal("省委台港澳办", agencies[2].AsWritten);
        Assert.Equal(AdminLevel.Provincial, agencies[2].Level);
    }

    [Fact]
    public void Long_run_of_six_agencies_is_segmented_and_qualified()
    {
        var names = Names("省税务局厦门市税务局人行福州中心支行人行厦门市中心支行福建银保监局厦门银保监局", Contexts.Fujian);

        Assert.Equal(
            ["国家税务总局福建省税务局", "国家税务总局厦门市税务局", "中国人民银行福建省分行", "中国人民银行厦门市分行",
             "国家金融监督管理总局福建监管局", "国家金融监督管理总局厦门监管局"],
            names);
    }

    [Fact]
    public void Enterprise_followed_by_provincial_departments_splits_at_each_prefix()
    {
        var names = Names("国网福建省电力有限公司省工信厅省自然资源厅省住建厅省交通运输厅福建能源监管办", Contexts.Fujian);

        Assert.Equal(
            ["国网福建省电力有限公司", "福建省工信厅", "福建省自然资源厅", "福建省住建厅", "福建省交通运输厅", "福建能源监管办"],
            names);
    }

    [Fact]
    public void Bracketed_note_stays_with_the_agency_before_it()
    {
        var agencies = _resolver.ResolveList("福州海关厦门海关省商务厅（口岸办）", Contexts.Fujian);

        Assert.Equal(["福州海关", "厦门海关", "福建省商务厅"], agencies.Select(a => a.Name));
        Assert.Equal("省商务厅（口岸办）", agencies[2].AsWritten);
        Assert.Equal("customs", agencies[0].Kind);
    }

    [Fact]
    public void Shared_suffix_list_from_the_Fuzhou_plan_gives_three_peoples_governments()
    {
        var agencies = _resolver.ResolveList(
            "市委金融办、自贸试验区福州片区管\n\n委会，仓山区、马尾区、福清市人民政府", Contexts.Fuzhou);

        Assert.Equal(
            ["福州市委金融办", "福州片区管委会", "仓山区人民政府", "马尾区人民政府", "福清市人民政府"],
            agencies.Select(a => a.Name));
        Assert.All(agencies.Skip(2), a => Assert.Equal(AdminLevel.District, a.Level));
        Assert.All(agencies.Skip(2), a => Assert.Equal("people's-government", a.Kind));
        Assert.Equal("administrative-committee", agencies[1].Kind);
    }

    [Fact]
    public void Shared_suffix_after_place_stems_gives_three_area_committees()
    {
        var names = Names("福州、厦门、平潭片区管委会", Contexts.Fujian);

        Assert.Equal(["福州片区管委会", "厦门片区管委会", "平潭片区管委会"], names);
    }

    [Fact]
    public void Shared_suffix_works_for_districts_the_gazetteer_does_not_list()
    {
        var agencies = _resolver.ResolveList("市商务局，青山区、白云区人民政府", Contexts.Fuzhou);

        Assert.Equal(["福州市商务局", "青山区人民政府", "白云区人民政府"], agencies.Select(a => a.Name));
        Assert.Equal(AdminLevel.District, agencies[1].Level);
        Assert.Equal("people's-government", agencies[1].Kind);
    }

    [Fact]
    public void Known_department_of_an_unlisted_place_takes_the_places_level()
    {
        var agencies = _resolver.ResolveList("青山县商务局、白云市发改委", Contexts.Fujian);

        Assert.Equal(["青山县商务局", "白云市发改委"], agencies.Select(a => a.Name));
        Assert.Equal([AdminLevel.District, AdminLevel.Municipal], agencies.Select(a => a.Level));
        Assert.Equal("commission", agencies[1].Kind);
        Assert.All(agencies, a => Assert.False(a.Known));
    }

    [Fact]
    public void Phrase_for_all_city_governments_is_kept_but_not_taken_for_a_known_place()
    {
        var agency = Assert.Single(_resolver.ResolveList("各设区市人民政府", Contexts.Fujian));

        Assert.Equal("各设区市人民政府", agency.Name);
        Assert.False(agency.Known);
        Assert.Equal("people's-government", agency.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("、，； ")]
    [InlineData("\n")]
    public void Cell_with_no_names_gives_no_agencies(string cell)
    {
        Assert.Empty(_resolver.ResolveList(cell, Contexts.Fuzhou));
    }

    [Fact]
    public void Trailing_etc_and_full_stop_are_not_part_of_the_last_name()
    {
        Assert.Equal(["福州市商务局", "福州市财政局"], Names("市商务局、市财政局等。", Contexts.Fuzhou));
    }

    [Fact]
    public void Duplicate_names_in_one_cell_are_reported_once_in_first_position()
    {
        var names = Names("市商务局、市财政局、市商务局", Contexts.Fuzhou);

        Assert.Equal(["福州市商务局", "福州市财政局"], names);
    }

    [Fact]
    public void Unknown_agency_is_kept_qualified_and_flagged()
    {
        var agencies = _resolver.ResolveList("市星际物流协调办市商务局", Contexts.Fuzhou);

        Assert.Equal(2, agencies.Count);
        Assert.Equal("福州市星际物流协调办", agencies[0].Name);
        Assert.Equal("agency:福州市星际物流协调办", agencies[0].Id);
        Assert.False(agencies[0].Known);
        Assert.Equal("office", agencies[0].Kind);
        Assert.Equal("福州市商务局", agencies[1].Name);
        Assert.True(agencies[1].Known);
    }

    [Fact]
    public void Unknown_name_without_any_generic_ending_is_kept_whole()
    {
        var agencies = _resolver.ResolveList("青云山联络点、市商务局", Contexts.Fuzhou);

        Assert.Equal("青云山联络点", agencies[0].Name);
        Assert.False(agencies[0].Known);
        Assert.Equal("unknown", agencies[0].Kind);
    }

    [Fact]
    public void Every_responsible_unit_in_the_7th_batch_task_table_is_known()
    {
        var table = SeedFiles.ReadDocument("fujian-ftz-7th-batch-innovation-results-notice-2019.txt")
            .Split('\n')
            .Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\d+\s"))
            .Select(line => line[(line.LastIndexOf("全省", StringComparison.Ordinal) + 2)..].Trim())
            .ToList();

        var agencies = table.SelectMany(cell => _resolver.ResolveList(cell, Contexts.Fujian)).ToList();

        Assert.Equal(20, table.Count);
        Assert.All(agencies, a => Assert.True(a.Known, a.AsWritten));
        Assert.Equal(44, agencies.Count);
    }
}

public class AgencyListMarkupTests
{
    private readonly AgencyResolver _resolver = new(SeedFiles.Gazetteer);

    [Theory]
    [InlineData("市商务局<script>alert(3)</script>、市财政局")]
    [InlineData("市商务局<b>、</b>市财政局")]
    [InlineData("<p>市商务局</p>、<span class=\"x\">市财政局</span>")]
    public void Markup_in_a_responsibility_cell_never_becomes_an_agency(string cell)
    {
        var names = _resolver.ResolveList(cell, Contexts.Xiamen).Select(a => a.Name);

        Assert.Equal(["厦门市商务局", "厦门市财政局"], names);
    }
}
