using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Qualification by every level word, names that stay as written, and names scoped to their province.</summary>
public class LevelWordAndScopeTests
{
    private static readonly Jurisdiction Guangxi = new("广西壮族自治区", AdminLevel.Provincial, "广西壮族自治区");
    private static readonly Jurisdiction Yanbian = new("延边朝鲜族自治州", AdminLevel.Municipal, "吉林省");
    private static readonly Jurisdiction Xilingol = new("锡林郭勒盟", AdminLevel.Municipal, "内蒙古自治区");
    private static readonly Jurisdiction Pingtan = new("平潭综合实验区", AdminLevel.Municipal, "福建省");
    private static readonly Jurisdiction Pudong = new("浦东新区", AdminLevel.District, "上海市");
    private static readonly Jurisdiction Minhou = new("闽侯县", AdminLevel.District, "福建省");
    private static readonly Jurisdiction Guangzhou = new("广州市", AdminLevel.Municipal, "广东省");
    private static readonly Jurisdiction Chengdu = new("成都市", AdminLevel.Municipal, "四川省");
    private static readonly Jurisdiction National = new("中华人民共和国", AdminLevel.National, null);

    private readonly AgencyResolver _agencies = new(SeedFiles.Gazetteer);
    private readonly ZoneResolver _zones = new(SeedFiles.Gazetteer);

    public static TheoryData<string, string, string> LevelWords() => new()
    {
        { "自治区商务厅", "广西", "广西壮族自治区商务厅" },
        { "州商务局", "延边", "延边朝鲜族自治州商务局" },
        { "盟商务局", "锡林郭勒", "锡林郭勒盟商务局" },
        { "实验区经发局", "平潭", "平潭综合实验区经发局" },
        { "新区经发局", "浦东", "浦东新区经发局" },
        { "县商务局", "闽侯", "闽侯县商务局" },
        // 市 in a county's document is its city's.
        { "市商务局", "闽侯", "福州市商务局" },
        { "市数据局", "成都", "成都市数据局" },
    };

    private static Jurisdiction Context(string key) => key switch
    {
        "广西" => Guangxi,
        "延边" => Yanbian,
        "锡林郭勒" => Xilingol,
        "平潭" => Pingtan,
        "浦东" => Pudong,
        "闽侯" => Minhou,
        _ => Chengdu,
    };

    [Theory]
    [MemberData(nameof(LevelWords))]
    public void A_level_word_gives_way_to_the_documents_place_of_that_level_and_nothing_else_changes(
        string written, string context, string canonical)
    {
        Assert.Equal(canonical, _agencies.Resolve(written, Context(context)).Name);
    }

    [Theory]
    [InlineData("广州仲裁委员会")]
    [InlineData("广州港集团有限公司")]
    [InlineData("广州港务局")]
    [InlineData("广州边检站")]
    [InlineData("广州商务局")]
    public void A_name_that_carries_its_place_stays_as_written(string written)
    {
        Assert.Equal(written, _agencies.ResolveList(written, Guangzhou).Single().Name);
    }

    [Fact]
    public void A_level_word_whose_place_the_document_does_not_give_stays_as_written()
    {
        Assert.Equal("州商务局", _agencies.Resolve("州商务局", Chengdu).Name);
        Assert.Equal("自治区商务厅", _agencies.Resolve("自治区商务厅", Chengdu).Name);
    }

    [Theory]
    [InlineData("国家工商总局", "国家市场监督管理总局")]
    [InlineData("中国银保监会", "国家金融监督管理总局")]
    [InlineData("国家卫生计生委", "国家卫生健康委员会")]
    [InlineData("发展改革委", "国家发展和改革委员会")]
    [InlineData("人社部", "人力资源和社会保障部")]
    public void Former_names_and_short_forms_of_national_bodies_give_the_current_full_name(string written, string canonical)
    {
        Assert.Equal(canonical, _agencies.Resolve(written, National).Name);
    }

    [Fact]
    public void A_reorganisation_is_listed_with_its_date()
    {
        Assert.Contains(new Reorganisation("中国银保监会", "国家金融监督管理总局", "2023-05"), SeedFiles.Gazetteer.Reorganisations);
    }

    [Fact]
    public void A_reorganisation_naming_no_registry_body_is_refused_with_file_and_line()
    {
        var directory = Directory.CreateTempSubdirectory("pg-reorg-");
        try
        {
            foreach (var file in new[] { Gazetteer.AgenciesFile, Gazetteer.DepartmentsFile, Gazetteer.ZonesFile })
                File.Copy(Path.Combine(SeedFiles.ReferenceDirectory, file), Path.Combine(directory.FullName, file));
            File.WriteAllLines(Path.Combine(directory.FullName, Gazetteer.ReorganisationsFile),
                ["former\tcurrent\tsince", "旧局\t不存在的局\t2020"]);

            var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(directory.FullName));

            Assert.Contains(Gazetteer.ReorganisationsFile + ":2:", error.Message);
            Assert.Equal(2, error.Line);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_national_short_form_that_is_also_a_department_is_the_department_in_a_local_document()
    {
        Assert.Equal("成都市发展改革委", _agencies.ResolveList("市发展改革委", Chengdu).Single().Name);
        Assert.Equal("成都市发展改革委", _agencies.ResolveList("发展改革委", Chengdu).Single().Name);
    }

    [Fact]
    public void A_district_of_one_province_is_not_read_in_another_provinces_document()
    {
        const string text = "支持鼓楼区开展跨境电商试点。";

        Assert.Contains(_zones.FindMentions(text, Contexts.Fuzhou), z => z.Name == "鼓楼区");
        Assert.DoesNotContain(_zones.FindMentions(text, Guangzhou), z => z.Name == "鼓楼区");
    }

    [Fact]
    public void A_registry_alias_of_one_province_does_not_resolve_in_another()
    {
        var fujian = _agencies.Resolve("福建省自贸办", Contexts.Fujian);
        var elsewhere = _agencies.ResolveList("自贸试验区福州片区管委会", Guangzhou).Single();

        Assert.Equal("福建自贸试验区工作领导小组办公室", fujian.Name);
        Assert.Equal("自贸试验区福州片区管委会", elsewhere.Name);
    }

    [Fact]
    public void A_companys_local_unit_is_one_name_but_a_known_name_after_a_company_starts_another()
    {
        Assert.Equal(["中国铁路上海局集团有限公司宁波货运中心"],
            _agencies.ResolveList("中国铁路上海局集团有限公司宁波货运中心", Guangzhou).Select(a => a.Name));
        Assert.Equal(["广州港集团有限公司", "广州市商务局"],
            _agencies.ResolveList("广州港集团有限公司市商务局", Guangzhou).Select(a => a.Name));
    }
}
