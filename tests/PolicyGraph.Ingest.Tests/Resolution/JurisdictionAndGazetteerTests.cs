using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

public class JurisdictionAndGazetteerTests
{
    [Theory]
    [InlineData("福州市关于做好自由贸易试验区全面对接国际高标准经贸规则推进高水平制度型开放试点措施复制推广工作的实施方案", null, "福州市", AdminLevel.Municipal)]
    [InlineData("福建省人民政府关于推广福建自贸试验区第七批可复制创新成果的通知", null, "福建省", AdminLevel.Provincial)]
    [InlineData("省自贸办关于发布福建自贸试验区第19批创新举措评估结果的函", "中国（福建）自由贸易试验区工作领导小组办公室", "福建省", AdminLevel.Provincial)]
    [InlineData("关于促进跨境电商发展的若干措施", "泉州市人民政府", "泉州市", AdminLevel.Municipal)]
    [InlineData("自贸试验区厦门片区关于优化营商环境的通知", null, "厦门市", AdminLevel.Municipal)]
    [InlineData("仓山区促进数字经济发展实施方案", null, "仓山区", AdminLevel.District)]
    public void Detects_the_issuing_government(string title, string? issuer, string name, string level)
    {
        var jurisdiction = JurisdictionDetector.Detect(SeedFiles.Gazetteer, title, issuer);

        Assert.Equal(name, jurisdiction.Name);
        Assert.Equal(level, jurisdiction.Level);
        Assert.Equal("福建省", jurisdiction.Province);
    }

    [Theory]
    [InlineData("国务院关于做好自由贸易试验区全面对接国际高标准经贸规则推进高水平制度型开放试点措施复制推广工作的通知", null)]
    [InlineData("国务院关于同意在福建设立自由贸易试验区的批复", null)]
    [InlineData("关于印发〈大连等9城市服务业扩大开放综合试点任务〉的通知", "商务部")]
    public void National_body_first_makes_the_document_national(string title, string? issuer)
    {
        var jurisdiction = JurisdictionDetector.Detect(SeedFiles.Gazetteer, title, issuer);

        Assert.Equal(AdminLevel.National, jurisdiction.Level);
        Assert.Equal("中华人民共和国", jurisdiction.Name);
        Assert.Null(jurisdiction.Province);
    }

    [Fact]
    public void Title_naming_no_place_gives_an_unknown_jurisdiction()
    {
        var jurisdiction = JurisdictionDetector.Detect(SeedFiles.Gazetteer, "关于加强安全生产的通知", null);

        Assert.False(jurisdiction.IsKnown);
    }

    [Fact]
    public void Malformed_reference_row_names_file_and_line()
    {
        WithReferenceCopy(directory =>
        {
            var zones = Path.Combine(directory, Gazetteer.ZonesFile);
            var lineCount = File.ReadAllLines(zones).Length;
            File.AppendAllText(zones, "青云区\t-\tdistrict\tcounty-level\t福州市\t-\n");

            var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(directory));

            Assert.Equal(lineCount + 1, error.Line);
            Assert.EndsWith(Gazetteer.ZonesFile, error.FilePath);
            Assert.Contains("county-level", error.Message);
        });
    }

    [Fact]
    public void Header_without_a_required_column_is_rejected_with_its_line()
    {
        WithReferenceCopy(directory =>
        {
            File.WriteAllText(Path.Combine(directory, Gazetteer.DepartmentsFile), "# departments\nbase\taliases\tkind\n");

            var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(directory));

            Assert.Equal(2, error.Line);
            Assert.Contains("english", error.Message);
        });
    }

    [Fact]
    public void Header_naming_a_column_twice_is_rejected_with_its_line()
    {
        WithReferenceCopy(directory =>
        {
            File.WriteAllText(Path.Combine(directory, Gazetteer.DepartmentsFile), "base\taliases\tkind\tenglish\tkind\n");

            var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(directory));

            Assert.Equal(1, error.Line);
            Assert.Contains("'kind' twice", error.Message);
        });
    }

    [Fact]
    public void A_name_used_on_two_rows_is_rejected_naming_both_lines()
    {
        WithReferenceCopy(directory =>
        {
            var zones = Path.Combine(directory, Gazetteer.ZonesFile);
            var lineCount = File.ReadAllLines(zones).Length;
            File.AppendAllText(zones, "青云区\t-\tdistrict\tdistrict\t福州市\t-\n青云新区\t青云区\tdistrict\tdistrict\t福州市\t-\n");

            var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(directory));

            Assert.Equal(lineCount + 2, error.Line);
            Assert.Contains($"'青云区' is already used on line {lineCount + 1}", error.Message);
        });
    }

    [Fact]
    public void Parent_that_is_not_a_zone_is_rejected()
    {
        WithReferenceCopy(directory =>
        {
            File.AppendAllText(Path.Combine(directory, Gazetteer.ZonesFile), "青云区\t-\tdistrict\tdistrict\t青云市\t-\n");

            var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(directory));

            Assert.Contains("青云市", error.Message);
        });
    }

    [Fact]
    public void Every_seed_reference_alias_belongs_to_one_entry()
    {
        var gazetteer = SeedFiles.Gazetteer;
        var zoneForms = gazetteer.Zones.SelectMany(z => z.Aliases.Prepend(z.Name)).ToList();
        var agencyForms = gazetteer.Agencies.SelectMany(a => a.Aliases.Prepend(a.Name)).ToList();

        Assert.Equal(zoneForms.Count, zoneForms.Distinct().Count());
        Assert.Equal(agencyForms.Count, agencyForms.Distinct().Count());
    }

    /// <summary>Runs <paramref name="test"/> on a scratch copy of seeds/reference it may damage.</summary>
    private static void WithReferenceCopy(Action<string> test)
    {
        var directory = Directory.CreateTempSubdirectory("pg-gazetteer-");
        try
        {
            foreach (var file in new[] { Gazetteer.AgenciesFile, Gazetteer.DepartmentsFile, Gazetteer.ZonesFile })
                File.Copy(Path.Combine(SeedFiles.ReferenceDirectory, file), Path.Combine(directory.FullName, file));
            test(directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
