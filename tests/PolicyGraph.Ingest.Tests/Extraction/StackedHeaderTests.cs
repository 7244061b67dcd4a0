using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>A table header over several rows (rowspan/colspan): each column named by its lowest cell that says what it holds.</summary>
public class StackedHeaderTests
{
    private const string Header = """
        <tr><th rowspan="3">序号</th><th rowspan="3">类别</th><th rowspan="3">重点任务</th><th colspan="3">责任分工</th><th rowspan="3">完成时限</th></tr>
        <tr><th rowspan="2">牵头单位</th><th colspan="2">配合单位</th></tr>
        <tr><th>省直部门</th><th>市（州）</th></tr>
        """;

    private static ParsedDocument Parse(string rows) =>
        DocumentExtractor.Extract(new DocumentReader(TestCorpus.Options).Decode("tasks.html", System.Text.Encoding.UTF8.GetBytes(
            $"<html><body><h1>贵州省2025年重点任务清单</h1><table>{Header}{rows}</table></body></html>")).Text!);

    [Fact]
    public void Columns_under_a_spanning_supporting_cell_are_supporting_units_and_the_category_names_no_item()
    {
        var parsed = Parse("""
            <tr><td>1</td><td rowspan="2">开放通道</td><td>加快建设西部陆海新通道重要节点。推动陆港扩能改造。</td><td>省发展改革委</td><td>省交通运输厅、贵阳海关</td><td>贵阳市人民政府</td><td>2025年12月底前</td></tr>
            <tr><td>2</td><td>提升航空口岸开放水平。加密国际客货运航线。</td><td>省商务厅</td><td>民航贵州监管局</td><td></td><td>持续推进</td></tr>
            """);

        Assert.Equal(["加快建设西部陆海新通道重要节点", "提升航空口岸开放水平"], parsed.Measures.Select(m => m.Table!.Title));
        Assert.Equal(
            [new RoleUnits(UnitRoles.Lead, "省发展改革委"), new RoleUnits(UnitRoles.Supporting, "省交通运输厅、贵阳海关"), new RoleUnits(UnitRoles.Supporting, "贵阳市人民政府")],
            parsed.Measures[0].Table!.Roles);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "省商务厅"), new RoleUnits(UnitRoles.Supporting, "民航贵州监管局")], parsed.Measures[1].Table!.Roles);
    }

    [Fact]
    public void A_lower_header_cell_naming_a_role_keeps_it_under_a_spanning_cell_naming_another()
    {
        // 责任单位 (units, no role) spans 牵头单位 · 配合单位: the lower cells decide.
        var roles = TableColumns.Under(
            TableColumns.FromHeader(["序号", "重点任务", "责任单位", "责任单位"])!,
            TableColumns.FromHeader(["序号", "重点任务", "牵头单位", "配合单位"])!);
        Assert.Equal([ColumnRole.Seq, ColumnRole.Text, ColumnRole.LeadUnits, ColumnRole.SupportingUnits], roles);
        var unnamedBelow = TableColumns.FromStackedHeader([["序号", "重点任务", "配合单位", "配合单位"], ["序号", "重点任务", "省直部门", "市（州）"]]);
        Assert.Equal([ColumnRole.Seq, ColumnRole.Text, ColumnRole.SupportingUnits, ColumnRole.SupportingUnits], unnamedBelow);
    }
}
