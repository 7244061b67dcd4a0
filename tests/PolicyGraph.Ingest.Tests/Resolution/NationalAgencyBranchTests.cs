using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Local offices of vertically managed national agencies (customs, central bank, regulators, tax) anywhere in China.</summary>
public class NationalAgencyBranchTests
{
    private static readonly Jurisdiction Chengdu = new("成都市", AdminLevel.Municipal, "四川省");
    private static readonly Jurisdiction Sichuan = new("四川省", AdminLevel.Provincial, "四川省");
    private static readonly Jurisdiction Guangzhou = new("广州市", AdminLevel.Municipal, "广东省");
    private static readonly Jurisdiction Shanghai = new("上海市", AdminLevel.Municipal, "上海市");
    private static readonly Jurisdiction Wuhan = new("武汉市", AdminLevel.Municipal, "湖北省");

    private readonly AgencyResolver _agencies = new(SeedFiles.Gazetteer);
    private readonly ZoneResolver _zones = new(SeedFiles.Gazetteer);

    private ResolvedAgency One(string name, Jurisdiction context) => Assert.Single(_agencies.ResolveList(name, context));

    [Theory]
    [InlineData("成都海关", "成都海关", AdminLevel.Provincial, "customs", "Chengdu Customs")]
    [InlineData("中华人民共和国成都海关", "成都海关", AdminLevel.Provincial, "customs", "Chengdu Customs")]
    [InlineData("黄埔海关", "黄埔海关", AdminLevel.Provincial, "customs", "Huangpu Customs")]
    [InlineData("拱北海关", "拱北海关", AdminLevel.Provincial, "customs", "Gongbei Customs")]
    [InlineData("海关总署广东分署", "海关总署广东分署", AdminLevel.Provincial, "customs", "Guangdong Sub-Administration of the General Administration of Customs")]
    [InlineData("人民银行成都分行", "中国人民银行成都分行", AdminLevel.Provincial, "central-bank-branch", "People's Bank of China Chengdu Branch")]
    [InlineData("中国人民银行四川省分行", "中国人民银行四川省分行", AdminLevel.Provincial, "central-bank-branch", "People's Bank of China Sichuan Branch")]
    [InlineData("人行南昌中心支行", "中国人民银行江西省分行", AdminLevel.Provincial, "central-bank-branch", "People's Bank of China Nanchang Central Sub-branch")]
    [InlineData("人民银行泸州市中心支行", "中国人民银行泸州市分行", AdminLevel.Municipal, "central-bank-branch", "People's Bank of China Luzhou Central Sub-branch")]
    [InlineData("中国人民银行深圳市分行", "中国人民银行深圳市分行", AdminLevel.Municipal, "central-bank-branch", "People's Bank of China Shenzhen Branch")]
    [InlineData("中国人民银行上海总部", "中国人民银行上海总部", AdminLevel.Provincial, "central-bank-branch", "People's Bank of China Shanghai Head Office")]
    [InlineData("外汇局四川省分局", "国家外汇管理局四川省分局", AdminLevel.Provincial, "bank-regulator", "SAFE Sichuan Branch")]
    [InlineData("四川外汇局", "国家外汇管理局四川省分局", AdminLevel.Provincial, "bank-regulator", "SAFE Sichuan Branch")]
    [InlineData("国家金融监督管理总局四川监管局", "国家金融监督管理总局四川监管局", AdminLevel.Provincial, "bank-regulator", "NFRA Sichuan Office")]
    [InlineData("四川金融监管局", "国家金融监督管理总局四川监管局", AdminLevel.Provincial, "bank-regulator", "NFRA Sichuan Office")]
    [InlineData("中国银保监会四川监管局", "国家金融监督管理总局四川监管局", AdminLevel.Provincial, "bank-regulator", "NFRA Sichuan Office")]
    [InlineData("中国证监会四川监管局", "四川证监局", AdminLevel.Provincial, "securities-regulator", "CSRC Sichuan Office")]
    [InlineData("国家税务总局四川省税务局", "国家税务总局四川省税务局", AdminLevel.Provincial, "tax-bureau", "Sichuan Province Tax Service")]
    [InlineData("成都市税务局", "国家税务总局成都市税务局", AdminLevel.Municipal, "tax-bureau", "Chengdu Municipal Tax Service")]
    [InlineData("四川海事局", "四川海事局", AdminLevel.Provincial, "maritime", "Sichuan Maritime Safety Administration")]
    [InlineData("四川出入境边防检查总站", "四川出入境边防检查总站", AdminLevel.Provincial, "border-inspection", "Sichuan General Station of Exit and Entry Frontier Inspection")]
    [InlineData("国家统计局四川调查总队", "国家统计局四川调查总队", AdminLevel.Provincial, "statistics-survey", null)]
    [InlineData("国家统计局成都调查队", "国家统计局成都调查队", AdminLevel.Municipal, "statistics-survey", null)]
    public void A_local_office_is_one_known_agency_with_its_canonical_name(
        string written, string name, string level, string kind, string? english)
    {
        var agency = One(written, Chengdu);

        Assert.Equal((name, level, kind, english, true), (agency.Name, agency.Level, agency.Kind, agency.EnglishName, agency.Known));
        Assert.Equal(written, agency.AsWritten);
    }

    [Theory]
    [InlineData("上海海关", "上海海关")]
    [InlineData("市税务局", "国家税务总局上海市税务局")]
    [InlineData("上海证监局", "上海证监局")]
    [InlineData("上海市浦东新区税务局", "国家税务总局上海市浦东新区税务局")]
    public void Offices_in_a_municipality_are_named_after_it(string written, string name)
    {
        Assert.Equal(name, One(written, Shanghai).Name);
    }

    [Fact]
    public void A_subordinate_customs_named_after_a_listed_city_takes_the_citys_level()
    {
        var agency = One("苏州海关", Wuhan);

        Assert.Equal(("苏州海关", AdminLevel.Municipal, true), (agency.Name, agency.Level, agency.Known));
    }

    [Fact]
    public void Every_written_form_of_an_office_is_one_agency()
    {
        var agencies = _agencies.ResolveList(
            "国家外汇管理局四川省分局、外汇局四川省分局、四川省外汇局、四川外汇局；"
            + "国家税务总局四川省税务局，四川省税务局，省税务局；中国证监会四川监管局/四川证监局/四川省证监局", Sichuan);

        Assert.Equal(["国家外汇管理局四川省分局", "国家税务总局四川省税务局", "四川证监局"], agencies.Select(a => a.Name));
    }

    [Fact]
    public void Fujian_offices_keep_their_listed_entries()
    {
        var agencies = _agencies.ResolveList(
            "人民银行福州中心支行、中国人民银行福建省分行、人行厦门市分行、福建省税务局、中华人民共和国福州海关、原福建银保监局",
            Contexts.Fujian);

        Assert.Equal(
            ["中国人民银行福建省分行", "中国人民银行厦门市分行", "国家税务总局福建省税务局", "福州海关", "国家金融监督管理总局福建监管局"],
            agencies.Select(a => a.Name));
        Assert.All(agencies, a => Assert.True(a.Known));
        Assert.Equal("原福建银保监局", agencies[^1].AsWritten);
    }

    [Fact]
    public void A_list_cell_mixing_offices_and_departments_keeps_each_whole()
    {
        var agencies = _agencies.ResolveList("市商务局、成都海关，人民银行成都分行；省财政厅 国家外汇管理局四川省分局、市市场监管局", Chengdu);

        Assert.Equal(
            ["成都市商务局", "成都海关", "中国人民银行成都分行", "四川省财政厅", "国家外汇管理局四川省分局", "成都市市场监管局"],
            agencies.Select(a => a.Name));
        Assert.All(agencies, a => Assert.True(a.Known));
    }

    [Fact]
    public void A_run_without_delimiters_is_segmented_at_each_office()
    {
        var names = _agencies.ResolveList(
            "中国人民银行成都分行成都海关市商务局国家税务总局四川省税务局四川金融监管局省发改委", Chengdu).Select(a => a.Name);

        Assert.Equal(
            ["中国人民银行成都分行", "成都海关", "成都市商务局", "国家税务总局四川省税务局", "国家金融监督管理总局四川监管局", "四川省发改委"],
            names);
    }

    [Fact]
    public void A_guangdong_run_of_customs_districts_gives_each_district()
    {
        var names = _agencies.ResolveList("广州海关黄埔海关拱北海关深圳海关、海关总署广东分署", Guangzhou).Select(a => a.Name);

        Assert.Equal(["广州海关", "黄埔海关", "拱北海关", "深圳海关", "海关总署广东分署"], names);
    }

    [Fact]
    public void Shared_suffix_after_bare_cities_gives_each_customs()
    {
        Assert.Equal(["成都海关", "重庆海关"], _agencies.ResolveList("成都、重庆海关", Chengdu).Select(a => a.Name));
    }

    [Fact]
    public void An_office_of_an_unlisted_place_stays_one_unknown_agency()
    {
        var agencies = _agencies.ResolveList("人民银行青云分行国家外汇管理局青云市分局、中国人民银行凉山州中心支行、国家税务总局青云县税务局、青云海关", Chengdu);

        Assert.Equal(
            ["中国人民银行青云分行", "国家外汇管理局青云市分局", "中国人民银行凉山州分行", "国家税务总局青云县税务局", "青云海关"],
            agencies.Select(a => a.Name));
        Assert.All(agencies, a => Assert.False(a.Known));
        Assert.Equal(["central-bank-branch", "bank-regulator", "central-bank-branch", "tax-bureau", "customs"], agencies.Select(a => a.Kind));
        Assert.Equal(AdminLevel.District, agencies[3].Level);
    }

    [Fact]
    public void An_unlisted_district_tax_bureau_takes_the_national_name_but_stays_unknown()
    {
        var agency = One("青山区税务局", Chengdu);

        Assert.Equal(("国家税务总局青山区税务局", AdminLevel.District, false), (agency.Name, agency.Level, agency.Known));
    }

    [Theory]
    [InlineData("四川省金融监管局", "四川省金融监管局", "financial-regulator")]
    [InlineData("市金融监管局", "成都市金融监管局", "financial-regulator")]
    [InlineData("人民银行", "中国人民银行", "central-bank")]
    [InlineData("国家外汇管理局", "国家外汇管理局", "bank-regulator")]
    [InlineData("国家统计局", "国家统计局", "regulator")]
    [InlineData("市统计局", "成都市统计局", "department")]
    public void Names_that_are_not_local_offices_keep_their_own_resolution(string written, string name, string kind)
    {
        var agency = One(written, Chengdu);

        Assert.Equal((name, kind), (agency.Name, agency.Kind));
    }

    [Fact]
    public void Free_text_finds_listed_offices_whole()
    {
        var found = _agencies.FindMentions("成都海关会同人民银行四川省分行、四川金融监管局和市商务局共同推进。", Chengdu);

        Assert.Equal(["成都海关", "中国人民银行四川省分行", "国家金融监督管理总局四川监管局", "成都市商务局"], found.Select(a => a.Name));
    }

    [Theory]
    [InlineData("支持个人行为规范化。")]
    [InlineData("推动海关监管模式创新。")]
    [InlineData("依托口岸海关和相关分行开展试点。")]
    [InlineData("商请人民银行青云分行支持。")]
    public void Free_text_names_no_office_where_there_is_none_or_the_place_is_unlisted(string text)
    {
        Assert.DoesNotContain(_agencies.FindMentions(text, Chengdu), a => a.Kind is "central-bank-branch" or "central-bank" or "customs");
    }

    [Fact]
    public void An_office_named_after_a_place_is_not_a_mention_of_the_place()
    {
        Assert.Empty(_zones.FindMentions("成都海关会同人民银行四川省分行、国家税务总局四川省税务局开展试点。", Chengdu));
        Assert.Equal(["zone:成都市"], _zones.FindMentions("成都海关支持成都市开展试点。", Chengdu).Select(z => z.Id));
    }

    [Theory]
    [InlineData("国家税务总局四川省税务局", "四川省", AdminLevel.Provincial)]
    [InlineData("中国人民银行成都分行", "成都市", AdminLevel.Municipal)]
    [InlineData("海关总署", "中华人民共和国", AdminLevel.National)]
    public void An_office_issuing_a_document_gives_its_place_not_the_nation(string issuer, string name, string level)
    {
        var jurisdiction = JurisdictionDetector.Detect(SeedFiles.Gazetteer, "关于优化跨境贸易服务的通知", issuer);

        Assert.Equal((name, level), (jurisdiction.Name, jurisdiction.Level));
    }

    [Fact]
    public void Every_office_form_names_listed_place_kinds_and_a_place_in_its_canonical_name()
    {
        var kinds = SeedFiles.Gazetteer.Zones.Select(z => z.Kind).ToHashSet();

        Assert.NotEmpty(SeedFiles.Gazetteer.Branches);
        Assert.All(SeedFiles.Gazetteer.Branches, form =>
        {
            Assert.Subset(kinds, form.PlaceKinds.ToHashSet());
            Assert.Matches(@"\{(place|short|full|served)\}", form.Canonical);
        });
    }

    [Fact]
    public void The_embedded_reference_copy_carries_the_office_forms()
    {
        Assert.Equal(SeedFiles.Gazetteer.Branches.Count, Gazetteer.LoadEmbedded()!.Branches.Count);
    }

    [Theory]
    [InlineData("分行\t-\trequired\tcity\tany\t人行{place}分行\tplace\tcentral-bank-branch\t-", "prefixes")]
    [InlineData("分行\t人行\trequired\tcity\tany\t人行{place}分行\tcounty-level\tcentral-bank-branch\t-", "county-level")]
    public void A_malformed_office_form_names_file_and_line(string row, string problem)
    {
        var directory = Directory.CreateTempSubdirectory("pg-branches-");
        try
        {
            foreach (var file in new[] { Gazetteer.AgenciesFile, Gazetteer.DepartmentsFile, Gazetteer.ZonesFile })
                File.Copy(Path.Combine(SeedFiles.ReferenceDirectory, file), Path.Combine(directory.FullName, file));
            File.WriteAllText(Path.Combine(directory.FullName, Gazetteer.BranchesFile),
                "# forms\nending\tprefixes\tprefix\tplaces\tplace-form\tcanonical\tlevel\tkind\tenglish\n" + row + "\n");

            var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(directory.FullName));

            Assert.Equal(3, error.Line);
            Assert.EndsWith(Gazetteer.BranchesFile, error.FilePath);
            Assert.Contains(problem, error.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
