using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Three small documents written for session 11 in running-text layouts real documents use and the corpus lacks
/// (docs/evaluation.md, "Session 11: units and items in running text"): a State Council style opinion with a bracket
/// after each sentence, units after a dash, and "责任单位" lines after several items at once. Expected units and
/// roles are what the text states; made-up documents, nothing copied.
/// </summary>
public class RunningTextLayoutTests
{
    private static Dictionary<int, MeasureSource> Bodies(string text) =>
        TestCorpus.ParseText(text).Measures.ToDictionary(m => m.Seq, m => m.Body!);

    private const string StateCouncilOpinion = """
        国务院办公厅关于进一步优化外贸服务的若干意见

        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

        为进一步优化外贸服务，经国务院同意，现提出以下意见。

        一、提升通关效率

        （一）推进口岸通关便利化。深化“提前申报”改革，压缩整体通关时间。（海关总署牵头，国家发展改革委、财政部等按职责分工负责）

        （二）扩大出口信用保险覆盖面。鼓励保险机构开发新产品。（金融监管总局、商务部按职责分工负责）加强对小微企业的承保支持。（中国出口信用保险公司负责）

        二、加大金融支持

        （三）加强汇率避险服务。引导银行开发汇率避险产品（外汇局牵头，人民银行配合），降低企业避险成本。

        （四）深化区域贸易合作。用好《区域全面经济伙伴关系协定》（RCEP）规则，支持海关总署（广东分署）开展原产地培训。

        国务院办公厅
        2026年3月1日
        """;

    [Fact]
    public void A_bracket_after_each_sentence_names_units_for_the_item_with_the_roles_each_states()
    {
        var bodies = Bodies(StateCouncilOpinion);
        Assert.Equal("海关总署、国家发展改革委、财政部", bodies[1].Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "海关总署")], bodies[1].Roles);
        Assert.Equal("中国出口信用保险公司、金融监管总局、商务部", bodies[2].Units);
        Assert.Empty(bodies[2].Roles);
    }

    [Fact]
    public void A_bracket_inside_a_sentence_states_units_when_it_ends_with_a_role_word()
    {
        var body = Bodies(StateCouncilOpinion)[3];
        Assert.Equal("外汇局、人民银行", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "外汇局"), new RoleUnits(UnitRoles.Supporting, "人民银行")], body.Roles);
    }

    [Fact]
    public void A_bracket_that_only_notes_a_name_states_no_units()
    {
        Assert.Null(Bodies(StateCouncilOpinion)[4].Units);
    }

    private const string DashPlan = """
        青云市外贸稳增长工作方案

        一、主要任务

        1. 培育外贸主体。支持企业开拓国际市场，扩大出口规模。——市商务局牵头，市财政局配合

        2. 拓展新兴市场。组织企业参加境外展会。
        ——市商务局、市贸促会负责

        3. 提升贸易便利化水平。推进国际贸易“单一窗口”建设——这是企业最关心的事项。

        4. 加强外贸人才保障。开展外贸人才培训。
        ——市人社局牵头，市教育局配合。

        5. 加强外贸运行监测。按月分析外贸形势。
        ——市商务局、市统计局

        二、保障措施

        （一）加强组织领导。建立外贸工作联席会议制度。
        """;

    [Fact]
    public void Units_after_a_dash_on_the_item_s_line_are_named_without_the_dash()
    {
        var body = Bodies(DashPlan)[1];
        Assert.Equal("市商务局、市财政局", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局"), new RoleUnits(UnitRoles.Supporting, "市财政局")], body.Roles);
    }

    [Fact]
    public void A_dash_line_of_units_under_an_item_is_the_item_s_also_under_the_last_item()
    {
        var bodies = Bodies(DashPlan);
        Assert.Equal(("市商务局、市贸促会", 0), (bodies[2].Units, bodies[2].Roles.Count));
        Assert.Equal("市人社局、市教育局", bodies[4].Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市人社局"), new RoleUnits(UnitRoles.Supporting, "市教育局")], bodies[4].Roles);
    }

    [Fact]
    public void A_dash_line_of_names_with_no_role_word_names_units_with_no_role()
    {
        var body = Bodies(DashPlan)[5];
        Assert.Equal(("市商务局、市统计局", 0), (body.Units, body.Roles.Count));
    }

    [Fact]
    public void A_dash_before_words_that_are_no_names_states_no_units()
    {
        Assert.Null(Bodies(DashPlan)[3].Units);
    }

    private const string WorkPoints = """
        青云市跨境电商发展工作要点

        一、重点工作

        1. 建设跨境电商产业园。推动园区集聚发展。

        2. 培育跨境电商龙头企业。支持企业做大做强。

        3. 建设公共海外仓。支持企业在重点市场布局海外仓。（市发展改革委负责）

        4. 完善跨境物流体系。开通跨境电商专线。

        以上第1—4项责任单位：市商务局、市财政局、青云海关。

        二、配套措施

        1. 加强跨境电商人才培养。支持高校开设相关专业。

        2. 优化跨境电商监管服务。推进通关便利化。

        （以上第1—2项由市人社局牵头，市教育局配合）

        三、工作要求

        各单位要按照职责分工，抓好工作落实。
        """;

    /// <summary>The measures of each list, in document order: a list ends where the numbering starts again.</summary>
    private static List<Dictionary<int, MeasureSource>> Lists(string text)
    {
        var lists = new List<Dictionary<int, MeasureSource>>();
        foreach (var measure in TestCorpus.ParseText(text).Measures.OrderBy(m => m.Line))
        {
            if (lists.Count == 0 || lists[^1].ContainsKey(measure.Seq)) lists.Add([]);
            lists[^1][measure.Seq] = measure.Body!;
        }
        return lists;
    }

    [Fact]
    public void A_units_line_after_several_items_gives_each_item_it_numbers_its_units()
    {
        var first = Lists(WorkPoints)[0];
        Assert.Equal("市商务局、市财政局、青云海关", first[1].Units);
        Assert.Equal("市商务局、市财政局、青云海关", first[4].Units);
        Assert.Empty(first[4].Roles);
    }

    [Fact]
    public void An_item_stating_its_own_units_keeps_them_under_a_units_line_for_several()
    {
        var first = Lists(WorkPoints)[0];
        Assert.Equal("市发展改革委", first[3].Units);
    }

    [Fact]
    public void 以上_names_the_items_of_those_numbers_just_above_when_numbering_restarts()
    {
        var second = Lists(WorkPoints)[1];
        Assert.Equal("市人社局、市教育局", second[1].Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市人社局"), new RoleUnits(UnitRoles.Supporting, "市教育局")], second[2].Roles);
    }

    [Fact]
    public void Without_以上_a_number_two_lists_share_names_no_item()
    {
        var plain = WorkPoints.Replace("（以上第1—2项由", "（第1—2项由", StringComparison.Ordinal);
        var second = Lists(plain)[1];
        Assert.Null(second[1].Units);
    }
}
