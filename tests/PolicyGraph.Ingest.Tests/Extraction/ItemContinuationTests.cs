using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Units stated anywhere in an item's own text: a paragraph after an article's points, a 由…负责 sentence after a
/// list of points, a paragraph between two items of one list; and what is not the item's (a paragraph introducing the
/// next item, a paragraph after the last item of a list, a 由 inside a name). docs/evaluation.md, "Session 11: units and
/// items in running text". Made-up documents of an invented city.
/// </summary>
public class ItemContinuationTests
{
    private static Dictionary<int, MeasureSource> Bodies(string text) =>
        TestCorpus.ParseText(text).Measures.ToDictionary(m => m.Seq, m => m.Body!);

    private const string Articles = """
        青云市促进会展业发展实施细则

        第一章　总则

        第一条　为促进会展业发展，制定本细则。

        第二章　支持措施

        第二条　支持举办品牌展会。对符合下列条件的展会给予补贴：

        1.展览面积达到1万平方米的，补贴20万元；

        2.展览面积达到3万平方米的，补贴50万元。

        所需资金由市财政局统筹安排。

        第三条　培育会展企业。对新落户的会展企业给予奖励。

        具体办法由市商务局另行制定，报市人民政府批准后实施。

        第三章　附则

        第四条　本细则自印发之日起施行。
        """;

    [Fact]
    public void A_paragraph_after_an_article_s_points_states_the_article_s_units()
    {
        var bodies = Bodies(Articles);
        Assert.Equal("市财政局", bodies[2].Units);
        Assert.Empty(bodies[2].Roles);
        Assert.EndsWith("所需资金由市财政局统筹安排。", bodies[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_its_own_under_an_article_is_the_article_s_text()
    {
        var bodies = Bodies(Articles);
        Assert.Equal("市商务局", bodies[3].Units);
        Assert.Null(bodies[1].Units);
        Assert.Null(bodies[4].Units);
    }

    private const string Points = """
        青云市会展业行动方案

        一、重点任务

        （一）培育品牌展会。重点支持以下展会：

        1. 青云国际食品博览会；

        2. 青云跨境电商交易会。

        以上工作由市商务局负责，市贸促会配合。

        （二）完善展馆配套。提升周边交通接驳能力。

        支持自由贸易试验区企业参展，展位补贴由市财政局负责审核。

        （三）优化会展服务。推行展会备案“一网通办”。

        为加强组织协调，由市会展办牵头建立以下机制：

        （四）建立会展业联席会议制度。定期研究重大事项。

        （五）培育会展主体。引进会展企业。

        市商务局、市贸促会负责。

        二、保障措施

        （一）加强宣传推介。办好城市推介活动。

        各区要结合实际，由区商务部门负责组织实施。

        三、附则
        """;

    [Fact]
    public void A_sentence_after_a_list_of_points_names_the_units_of_the_item_the_points_belong_to()
    {
        var body = Bodies(Points)[1];
        Assert.Equal("市商务局、市贸促会", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Supporting, "市贸促会")], body.Roles);
    }

    [Fact]
    public void A_paragraph_between_two_items_of_one_list_is_the_first_s_and_自由_holds_no_agent()
    {
        var body = Bodies(Points)[2];
        Assert.Equal("市财政局", body.Units);
    }

    [Fact]
    public void A_paragraph_introducing_the_next_item_is_not_the_item_above_it()
    {
        var bodies = Bodies(Points);
        Assert.Null(bodies[3].Units);
        Assert.DoesNotContain("市会展办", bodies[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_after_the_last_item_of_a_list_is_not_that_item_s()
    {
        var requirement = TestCorpus.ItemsOf(Points).Single(i => i.Kind == ItemKinds.Requirement && i.Seq == 1).Body!;
        Assert.Null(requirement.Units);
        Assert.Equal("加强宣传推介。办好城市推介活动。", requirement.Text);
    }

    [Fact]
    public void A_line_of_units_without_a_dash_after_the_last_item_of_a_list_may_speak_for_the_list_and_is_not_the_item_s()
    {
        Assert.Null(Bodies(Points)[5].Units);
    }
}
