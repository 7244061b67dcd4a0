using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Collectives of local governments named as one unit, 由 inside a word, and units cells whose labels lost the line
/// break before them. Made-up documents of an invented province, so nothing here is keyed to a corpus file.
/// </summary>
public class CollectiveAndCellLabelTests
{
    private const string Measures = """
        某省人民政府办公厅关于印发某省扩大开放若干措施的通知

        一、扩大开放

        （一）支持企业出海。对企业参加境外展会给予补贴。（省商务厅、省财政厅，各市、县（市、区）人民政府）

        （二）发展边民互市。支持互市商品落地加工。（省商务厅牵头，各边境州、市人民政府配合）

        （三）建设口岸。推进口岸智慧化改造。（仓山区、马尾区人民政府）

        二、保障措施

        （四）加强组织领导。省自由贸易试验区工作领导小组负责统筹推进各项措施落实。

        （五）强化督促。由省商务厅负责跟踪评估，理由充分的事项及时调整。
        """;

    private const string TaskTable = """
        某市工作方案

        序号	工作任务	具体举措	责任单位	完成时限
        1	建设内陆港	扩大班列开行规模。	牵头单位：市交通运输局责任单位：某市海关、某港集团有限公司	2026年底前
        2	培育新产业	支持研发创新。	牵头单位：市科技局 配合单位：市财政局	2025年底前
        3	优化服务	提供一站式服务。	市人社局、市公安局	持续推进
        """;

    private static readonly ParsedDocument Parsed = TestCorpus.ParseText(Measures);

    private static MeasureSource Body(int seq) =>
        Parsed.Measures.Concat(Parsed.Requirements).Single(m => m.Seq == seq).Body!;

    [Fact]
    public void A_collective_of_local_governments_after_departments_is_one_unit_as_written()
    {
        Assert.Equal("省商务厅、省财政厅，各市、县（市、区）人民政府", Body(1).Units);
        var names = new AgencyResolver(TestCorpus.Options.Gazetteer!).ResolveList(Body(1).Units!, Jurisdiction.Unknown).Select(a => (a.AsWritten, a.Name));
        Assert.Contains(("各市、县（市、区）人民政府", "各市、县（市、区）人民政府"), names);
        Assert.Equal(3, names.Count());
    }

    [Fact]
    public void A_collective_keeps_the_role_word_after_it()
    {
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "省商务厅"), new RoleUnits(UnitRoles.Supporting, "各边境州、市人民政府")], Body(2).Roles);
    }

    [Fact]
    public void Places_without_各_sharing_one_ending_are_still_separate_governments()
    {
        var names = new AgencyResolver(TestCorpus.Options.Gazetteer!).ResolveList("仓山区、马尾区人民政府", Jurisdiction.Unknown).Select(a => a.Name).ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, name => Assert.EndsWith("区人民政府", name));
    }

    [Fact]
    public void The_由_of_自由_is_no_preposition_and_the_whole_subject_is_the_unit()
    {
        Assert.Equal("省自由贸易试验区工作领导小组", Body(4).Units);
        Assert.Equal("省商务厅", Body(5).Units);
    }

    [Fact]
    public void Labels_inside_a_units_cell_give_roles_with_or_without_a_space_before_them()
    {
        var rows = TestCorpus.ParseText(TaskTable).Measures.ToDictionary(m => m.Seq, m => m.Table!);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市交通运输局"), new RoleUnits(UnitRoles.Responsible, "某市海关、某港集团有限公司")], rows[1].Roles);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市科技局"), new RoleUnits(UnitRoles.Supporting, "市财政局")], rows[2].Roles);
        Assert.Equal(("市人社局、市公安局", 0), (rows[3].Units, rows[3].Roles.Count));
    }
}
