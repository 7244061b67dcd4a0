using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class ClosingBracketVariantTests
{
    private static readonly ParsedDocument Plan = TestCorpus.ParseText(VariantDocuments.LabelledBrackets);

    private static MeasureSource Body(int seq) => Plan.Measures.Single(m => m.Seq == seq).Body!;

    [Fact]
    public void Lead_supporting_and_deadline_labels_separated_by_semicolons()
    {
        var body = Body(1);
        Assert.Equal("市商务局、市财政局、市税务局", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局"), new RoleUnits(UnitRoles.Supporting, "市财政局、市税务局")], body.Roles);
        Assert.Equal("2024年底", body.Deadline);
        Assert.Null(body.Scope);
        Assert.Equal("支持外贸企业出海。鼓励企业参加境外展会，拓展国际市场。", body.Text);
    }

    [Fact]
    public void Units_and_completion_time_separated_by_a_comma()
    {
        var body = Body(2);
        Assert.Equal(("市税务局", "2024年6月"), (body.Units, body.Deadline));
        Assert.Empty(body.Roles);
    }

    [Fact]
    public void Unlabelled_lead_and_supporting_units()
    {
        var body = Body(3);
        Assert.Equal("市商务局、市财政局", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局"), new RoleUnits(UnitRoles.Supporting, "市财政局")], body.Roles);
    }

    [Fact]
    public void A_bracketed_lead_mark_and_a_full_stop_after_the_clause()
    {
        var body = Body(4);
        Assert.Equal("市商务局、市工业和信息化局", body.Units);
        // Only the marked unit has a stated role; the other one's is not stated, whatever its place in the list.
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局")], body.Roles);
        Assert.Equal("推进贸易数字化。建设数字贸易公共服务平台。", body.Text);
    }

    [Fact]
    public void Scope_lead_and_time_node_in_one_clause()
    {
        var body = Body(5);
        Assert.Equal(("南沙片区", "市地方金融监管局", "持续推进"), (body.Scope, body.Units, body.Deadline));
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市地方金融监管局")], body.Roles);
    }
}

public class ListThenLabelsTests
{
    private const string Document = """
        某市推进物流发展实施方案

        一、重点任务

        （一）建设冷链中心。建设冷链物流中心，发展分拨业务。（市商务局，完成时限：2026年6月底前）
        （二）发展航运服务。引进航运企业。（市交通运输局、某某航运交易所负责，完成时限：2025年12月底前）
        （三）发展加工制造。推动保税维修业务落地。（某某综合保税区管理局牵头，某某海关、市商务局配合，完成时限：持续推进）
        （四）扩建码头工程。加快码头建设。由市交通运输局牵头，市发展改革委配合。完成时限：2026年12月底前。
        """;

    private static readonly ParsedDocument Plan = TestCorpus.ParseText(Document);

    private static MeasureSource Body(int seq) => Plan.Measures.Single(m => m.Seq == seq).Body!;

    [Fact]
    public void A_bare_unit_then_a_labelled_deadline()
    {
        Assert.Equal(("市商务局", "2026年6月底前"), (Body(1).Units, Body(1).Deadline));
        Assert.Empty(Body(1).Roles);
    }

    [Fact]
    public void Units_with_role_words_then_a_labelled_deadline()
    {
        Assert.Equal(("市交通运输局、某某航运交易所", "2025年12月底前"), (Body(2).Units, Body(2).Deadline));
        Assert.Empty(Body(2).Roles);
        Assert.Equal("某某综合保税区管理局、某某海关、市商务局", Body(3).Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "某某综合保税区管理局"), new RoleUnits(UnitRoles.Supporting, "某某海关、市商务局")], Body(3).Roles);
        Assert.Equal("持续推进", Body(3).Deadline);
    }

    [Fact]
    public void A_labelled_sentence_closing_the_text_without_a_bracket()
    {
        Assert.Equal(("市交通运输局、市发展改革委", "2026年12月底前"), (Body(4).Units, Body(4).Deadline));
        Assert.Equal("扩建码头工程。加快码头建设。由市交通运输局牵头，市发展改革委配合。", Body(4).Text);
    }
}

public class SubjectUnitsTests
{
    private const string Document = """
        某省推进贸易便利化若干规定

        第一条 省商务厅牵头，会同某某海关、省交通运输厅推进国际贸易“单一窗口”建设。
        第二条 省市场监管局、省政务办负责推行企业开办“一网通办”。
        第三条 支持租赁公司开展跨境转让业务。责任单位：某某金融局、新区金融局。实施范围：某某片区。
        第四条 加强统筹推进。省自贸办要加强统筹协调，建立任务清单。
        第五条 强化评估。省商务厅会同有关部门建立评估机制。
        第六条 支持某某大学建设研究院。
        """;

    private static readonly ParsedDocument Plan = TestCorpus.ParseText(Document);

    private static MeasureSource Body(int seq) => Plan.Measures.Concat(Plan.Requirements).Single(m => m.Seq == seq).Body!;

    [Fact]
    public void A_lead_subject_and_the_units_it_works_with()
    {
        Assert.Equal("省商务厅、某某海关、省交通运输厅", Body(1).Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "省商务厅")], Body(1).Roles);
    }

    [Fact]
    public void Subjects_without_a_role_word_and_after_a_title_sentence()
    {
        Assert.Equal("省市场监管局、省政务办", Body(2).Units);
        Assert.Empty(Body(2).Roles);
        Assert.Equal("省自贸办", Body(4).Units);
        Assert.Equal("省商务厅", Body(5).Units);
    }

    [Fact]
    public void Labelled_sentences_closing_the_text_and_a_supported_body_is_no_unit()
    {
        Assert.Equal(("某某金融局、新区金融局", "某某片区"), (Body(3).Units, Body(3).Scope));
        Assert.Null(Body(6).Units);
    }
}

public class UnitStatementTests
{
    [Theory]
    [InlineData("市商务局、市财政局", null, "市商务局、市财政局", "")]
    [InlineData("市委金融办、自贸试验区福州片区管委会，仓山区、马尾区、福清市人民政府", null, "市委金融办、自贸试验区福州片区管委会，仓山区、马尾区、福清市人民政府", "")]
    [InlineData("省商务厅、省工信厅按职责分工负责", null, "省商务厅、省工信厅", "")]
    [InlineData("省商务厅牵头，海关总署广东分署配合", null, "省商务厅、海关总署广东分署", "lead:省商务厅|supporting:海关总署广东分署")]
    [InlineData("市商务局（牵头）、市财政局、市税务局", null, "市商务局、市财政局、市税务局", "lead:市商务局")]
    [InlineData("市财政局、市商务局（牵头）", null, "市财政局、市商务局", "lead:市商务局")]
    [InlineData("市商务局（牵头）、市财政局（参与）", null, "市商务局、市财政局", "lead:市商务局|supporting:市财政局")]
    [InlineData("市商务局", UnitRoles.Lead, "市商务局", "lead:市商务局")]
    [InlineData("市新闻出版局（市版权局）、市公安局", UnitRoles.Supporting, "市新闻出版局（市版权局）、市公安局", "supporting:市新闻出版局（市版权局）、市公安局")]
    public void Reads_role_words_inside_a_list(string text, string? role, string units, string roles)
    {
        var statement = UnitStatement.Parse(text, role);
        Assert.Equal(units, statement.Units);
        Assert.Equal(roles, string.Join("|", statement.Roles.Select(r => $"{r.Role}:{r.Names}")));
    }
}
