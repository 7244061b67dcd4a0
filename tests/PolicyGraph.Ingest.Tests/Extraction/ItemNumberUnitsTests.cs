using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// A division of work stated by item number in a paragraph of its own ("第1—3项由A牵头，B配合；…"), docs/evaluation.md
/// "Session 10: units and subjects". Made-up plans of an invented city.
/// </summary>
public class ItemNumberUnitsTests
{
    private const string Plan = """
        某市会展业行动计划

        一、重点任务

        1. 建设会展中心。建成会展中心二期。

        2. 培育品牌展会。认定一批品牌展会。

        3. 完善配套服务。提升周边酒店接待能力。

        4. 加强人才培养。支持高校开设会展专业。

        5. 优化营商环境。（市政务服务局负责）

        二、责任分工

        第1—2项由市商务局牵头，市财政局、市文旅局配合；第3、4项由市人社局、市教育局按职责分工负责；第5项由市发展改革委负责。
        """;

    private static Dictionary<int, MeasureSource> Bodies(string text) =>
        TestCorpus.ParseText(text).Measures.ToDictionary(m => m.Seq, m => m.Body!);

    [Fact]
    public void Items_named_by_number_in_a_division_of_work_take_its_units_and_roles()
    {
        var bodies = Bodies(Plan);
        Assert.Equal("市商务局、市财政局、市文旅局", bodies[1].Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局"), new RoleUnits(UnitRoles.Supporting, "市财政局、市文旅局")], bodies[2].Roles);
        Assert.Equal(("市人社局、市教育局", 0), (bodies[3].Units, bodies[3].Roles.Count));
        Assert.Equal("市人社局、市教育局", bodies[4].Units);
    }

    [Fact]
    public void Each_number_in_a_list_may_repeat_its_第()
    {
        var repeated = Plan.Replace("第3、4项由", "第3、第4项由", StringComparison.Ordinal);
        var bodies = Bodies(repeated);
        Assert.Equal("市人社局、市教育局", bodies[3].Units);
        Assert.Equal("市人社局、市教育局", bodies[4].Units);
    }

    [Fact]
    public void An_item_stating_its_own_units_keeps_them()
    {
        Assert.Equal("市政务服务局", Bodies(Plan)[5].Units);
    }

    [Fact]
    public void A_clause_naming_no_units_or_numbering_two_lists_assigns_nothing()
    {
        var noUnits = Plan.Replace("第1—2项由市商务局牵头，市财政局、市文旅局配合", "第1—2项由各地结合实际推进", StringComparison.Ordinal);
        Assert.Null(Bodies(noUnits)[1].Units);
        var twoLists = Plan.Replace("二、责任分工", "二、配套措施\n\n1. 完善交通配套。新增公交线路。\n\n三、责任分工", StringComparison.Ordinal);
        Assert.Null(TestCorpus.ParseText(twoLists).Measures.First(m => m.Seq == 1).Body!.Units);
    }
}
