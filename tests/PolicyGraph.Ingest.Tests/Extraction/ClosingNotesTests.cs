using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// What closes an item after its text in the fifth blind round's running-text layouts (docs/evaluation.md, "Session 11:
/// units and items in running text"): units after a dash with a bracket holding only a time, names after a dash with
/// no role word, a word of duty after the last role word, a collective whose level words carry a qualifier, a district
/// issuer under a listed city, 试点片区 and 创新点 lines of an innovation case. Made-up documents of invented places.
/// </summary>
public class ClosingNotesTests
{
    private static Dictionary<int, MeasureSource> Bodies(string text) =>
        TestCorpus.ParseText(text).Measures.ToDictionary(m => m.Seq, m => m.Body!);

    private const string WorkPoints = """
        青云市清河区2026年商务工作要点

        一、重点工作

        1. 实施外贸主体培育行动，全年新增外贸企业10家。——区商务局牵头，区财政局、各街道办事处配合（6月底前）

        2. 举办系列促消费活动。——区商务局、区文化和旅游局（全年持续推进）

        3. 做好商务运行监测，每月分析研判运行情况。——区商务局牵头，区统计局配合（每月）

        4. 推进招商项目落地。——这项工作（上半年）

        5. 规范预付卡管理。（依法依规）

        6. 编制商贸流通发展规划（2026—2030年）

        7. 修订区级商贸企业名录（2025年版）

        8. 引进商贸龙头企业。——包括连锁超市、物流企业等

        二、保障措施

        （一）加强统筹。建立商务工作调度机制。
        """;

    [Fact]
    public void A_bracket_holding_only_a_time_is_the_deadline_and_the_dashed_units_before_it_keep_their_roles()
    {
        var body = Bodies(WorkPoints)[1];
        Assert.Equal("区商务局、区财政局、各街道办事处", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "区商务局"), new RoleUnits(UnitRoles.Supporting, "区财政局、各街道办事处")], body.Roles);
        Assert.Equal("6月底前", body.Deadline);
    }

    [Fact]
    public void Names_after_a_dash_with_no_role_word_are_units_with_no_role()
    {
        var body = Bodies(WorkPoints)[2];
        Assert.Equal(("区商务局、区文化和旅游局", 0), (body.Units, body.Roles.Count));
        Assert.Equal("全年持续推进", body.Deadline);
        Assert.Equal("每月", Bodies(WorkPoints)[3].Deadline);
    }

    [Fact]
    public void Words_after_a_dash_that_are_no_names_and_a_bracket_that_is_no_time_state_nothing()
    {
        var bodies = Bodies(WorkPoints);
        Assert.Null(bodies[4].Units);
        Assert.Equal("上半年", bodies[4].Deadline);
        Assert.Null(bodies[5].Deadline);
    }

    [Fact]
    public void A_bracket_holding_a_period_or_an_edition_is_no_deadline_and_stays_in_the_text()
    {
        var bodies = Bodies(WorkPoints);
        Assert.Equal((null, "编制商贸流通发展规划（2026—2030年）"), (bodies[6].Deadline, bodies[6].Text));
        Assert.Equal((null, "修订区级商贸企业名录（2025年版）"), (bodies[7].Deadline, bodies[7].Text));
    }

    [Fact]
    public void Words_after_a_dash_naming_no_agencies_are_no_units()
    {
        Assert.Null(Bodies(WorkPoints)[8].Units);
    }

    [Fact]
    public void A_district_issuer_under_a_listed_city_speaks_for_the_district_named_with_its_city()
    {
        var jurisdiction = JurisdictionDetector.Detect("樊城区2025年商务工作要点", "襄阳市樊城区人民政府办公室");
        Assert.Equal(("襄阳市樊城区", AdminLevel.District), (jurisdiction.Name, jurisdiction.Level));
        Assert.Equal("襄阳市", JurisdictionDetector.Detect("襄阳市商务工作要点", "襄阳市人民政府办公室").Name);
    }

    [Fact]
    public void A_listed_district_after_its_city_in_the_issuer_is_the_registry_s_own_place_not_a_doubled_name()
    {
        var jurisdiction = JurisdictionDetector.Detect("鼓楼区商务工作要点", "福州市鼓楼区人民政府办公室");
        Assert.Equal(("鼓楼区", AdminLevel.District), (jurisdiction.Name, jurisdiction.Level));
    }

    private const string Notice = """
        国务院办公厅关于促进会展消费的若干措施

        一、扩大服务供给

        （一）推进会展业开放。扩大会展领域开放试点。（商务部牵头，各有关地方人民政府负责落实）

        二、抓好组织实施

        （二）加强组织实施。各省、自治区、直辖市人民政府要结合本地区实际，制定具体落实举措。
        """;

    [Fact]
    public void A_word_of_duty_after_the_last_role_word_does_not_hide_the_lead_before_it()
    {
        var body = Bodies(Notice)[1];
        Assert.Equal("商务部、各有关地方人民政府", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "商务部")], body.Roles);
    }

    [Fact]
    public void A_collective_whose_level_words_carry_a_qualifier_is_one_subject()
    {
        var requirement = TestCorpus.ItemsOf(Notice).Single(i => i.Kind == ItemKinds.Requirement).Body!;
        Assert.Equal("各省、自治区、直辖市人民政府", requirement.Units);
    }

    private const string Cases = """
        某省自由贸易试验区工作领导小组办公室关于印发第二批制度创新案例的通知

        某省自由贸易试验区第二批制度创新案例

        案例一：跨境结算“一站式”服务
        试点片区：福州片区
        报送单位：福州片区管委会
        主要做法：整合银行、外汇等服务事项，设立结算服务专窗。
        创新点：在片区整合跨境结算全流程服务，属全国首创。

        案例二：集货出口模式
        试点片区：厦门片区
        报送单位：厦门片区管委会
        主要做法：建设集货仓，集中拼箱出口。
        创新点：打通集货、物流环节，具有可复制推广价值。

        案例三：通关便利化改革
        试点片区：平潭片区
        报送单位：平潭片区管委会
        主要做法：推行“提前申报”。
        创新点：压缩通关时间，为全国首创提供了经验。
        """;

    [Fact]
    public void A_试点片区_line_of_its_own_names_the_pilot_areas_and_创新点_may_state_the_novelty()
    {
        var measures = TestCorpus.ParseText(Cases).Measures.ToDictionary(m => m.Seq);
        Assert.Equal("福州片区", measures[1].Body!.Pilot);
        Assert.Equal("全国首创", measures[1].Innovation!.Novelty);
        Assert.Null(measures[2].Innovation!.Novelty);
        Assert.Null(measures[3].Innovation!.Novelty);
    }
}
