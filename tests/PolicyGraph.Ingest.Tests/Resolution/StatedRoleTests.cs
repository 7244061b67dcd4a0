using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Roles only where the text states them (role-words.tsv); a list's order is never a role.</summary>
public class StatedRoleTests
{
    private static string Roles(UnitStatement statement) => Roles(statement.Roles);

    private static string Roles(IReadOnlyList<RoleUnits> roles) => string.Join("|", roles.Select(r => $"{r.Role}:{r.Names}"));

    [Fact]
    public void Responsible_units_beside_a_stated_lead_are_responsible()
    {
        var combined = UnitStatement.Combine([UnitStatement.Parse("省商务厅", UnitRoles.Lead), UnitStatement.Parse("省财政厅、省税务局")]);

        Assert.Equal("lead:省商务厅|responsible:省财政厅、省税务局", Roles(combined!));
    }

    [Fact]
    public void Responsible_units_without_a_stated_lead_have_no_role()
    {
        var combined = UnitStatement.Combine([UnitStatement.Parse("省商务厅、省财政厅"), UnitStatement.Parse("省税务局")]);

        Assert.Empty(combined!.Roles);
    }

    [Theory]
    [InlineData("市商务局（牵头）、市财政局", "lead:市商务局")]
    [InlineData("市商务局、市财政局", "")]
    [InlineData("市商务局牵头，市财政局协办", "lead:市商务局|supporting:市财政局")]
    [InlineData("市商务局、市财政局按职责分工负责", "")]
    public void Only_role_words_give_roles(string text, string roles)
    {
        Assert.Equal(roles, Roles(UnitStatement.Parse(text)));
    }

    [Fact]
    public void A_subject_that_is_no_agency_gives_no_owner_and_the_next_phrase_is_read()
    {
        var document = TestCorpus.ParseText("""
            青云市关于推进开放合作的实施方案

            ## 一、保障措施

            （一）加强组织领导。由市政府主要负责同志任组长，由市商务局、市服开办牵头建立工作专班。

            （二）强化督促落实。由市委主要领导负责统筹，各部门抓好落实。
            """);

        // Paragraphs under 保障措施 are requirements, read for units like measures.
        Assert.Equal("市商务局、市服开办", document.Requirements[0].Body!.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局、市服开办")], document.Requirements[0].Body!.Roles);
        Assert.Null(document.Requirements[1].Body!.Units);
    }

    [Fact]
    public void Units_stated_in_the_text_keep_the_roles_the_text_gives_them()
    {
        var document = TestCorpus.ParseText("""
            青云市关于推进港口贸易发展的实施方案

            ## 一、主要任务

            （一）建设大宗商品枢纽。由市发展改革委牵头，青云港集团有限公司、市商务局配合，推进储运基地建设。

            （二）提升贸易融资服务。支持银行机构发展仓单质押业务。青云海关、市金融办负责。

            （三）完善纠纷解决机制。支持仲裁机构发展。（市司法局、青云大学、青云互联网法庭）

            （四）拓展海铁联运。新开班列线路。（中国铁路青云局集团有限公司青云货运中心、市交通运输局）
            """);

        Assert.Equal("lead:市发展改革委|supporting:青云港集团有限公司、市商务局", Roles(document.Measures[0].Body!.Roles));
        Assert.Equal(("青云海关、市金融办", ""), (document.Measures[1].Body!.Units, Roles(document.Measures[1].Body!.Roles)));
        Assert.Equal("市司法局、青云大学、青云互联网法庭", document.Measures[2].Body!.Units);
        Assert.Equal("中国铁路青云局集团有限公司青云货运中心、市交通运输局", document.Measures[3].Body!.Units);
    }
    [Fact]
    public void Units_written_before_labelled_fields_in_the_closing_bracket_are_read_with_their_roles()
    {
        var document = TestCorpus.ParseText("""
            青云市关于推进临港产业发展的实施方案

            ## 一、主要任务

            （一）发展保税加工。推动保税维修业务落地。（青云综合保税区管理局牵头，青云海关、市商务局配合，完成时限：2025年12月底前）

            （二）发展航运服务。建设航运服务集聚区。（市交通运输局、青云航运交易所负责，完成时限：持续推进）

            （三）发展冷链物流。建设冷链分拨中心。（市商务局，完成时限：2026年6月底前）
            """);

        Assert.Equal("lead:青云综合保税区管理局|supporting:青云海关、市商务局", Roles(document.Measures[0].Body!.Roles));
        Assert.Equal("2025年12月底前", document.Measures[0].Body!.Deadline);
        Assert.Equal(("市交通运输局、青云航运交易所", ""), (document.Measures[1].Body!.Units, Roles(document.Measures[1].Body!.Roles)));
        Assert.Equal("持续推进", document.Measures[1].Body!.Deadline);
        Assert.Equal("市商务局", document.Measures[2].Body!.Units);
    }
    [Fact]
    public void Agencies_that_are_the_subject_of_the_measure_are_its_units_and_only_a_role_word_gives_a_role()
    {
        var document = TestCorpus.ParseText("""
            青云市关于推进贸易便利化的实施方案

            ## 一、主要任务

            （一）建设单一窗口。市商务局牵头，会同青云海关推进单一窗口建设。

            （二）推行一网通办。市市场监管局、市政务办负责推行企业开办一网通办。

            （三）建设智慧口岸。青云海关、市口岸办共同推进智慧口岸建设。

            （四）强化统筹推进。市自贸办、市商务局将会同有关部门加强统筹协调。

            （五）做好宣传解读。各地要加强政策宣传。
            """);

        // 会同 brings its units into the measure with no role; only 牵头 gives one.
        Assert.Equal(("市商务局、青云海关", "lead:市商务局"), (document.Measures[0].Body!.Units, Roles(document.Measures[0].Body!.Roles)));
        Assert.Equal(("市市场监管局、市政务办", ""), (document.Measures[1].Body!.Units, Roles(document.Measures[1].Body!.Roles)));
        Assert.Equal("青云海关、市口岸办", document.Measures[2].Body!.Units);
        Assert.Equal("市自贸办、市商务局", document.Measures[3].Body!.Units);
        Assert.Null(document.Measures[4].Body!.Units);
    }
}
