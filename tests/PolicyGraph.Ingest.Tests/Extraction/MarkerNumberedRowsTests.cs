using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Tables with no 序号 column whose first cell opens with the item's number ("1．推进…").</summary>
public class MarkerNumberedRowsTests
{
    private static ParsedDocument Parse(string text) => TestCorpus.ParseText(text.Replace(@"\t", "\t", StringComparison.Ordinal), "tasks.txt");

    [Fact]
    public void Rows_are_numbered_by_the_marker_opening_the_task_cell_and_the_marker_is_not_in_the_title()
    {
        var doc = Parse("""
            某省会展工作重点任务清单

            重点任务\t责任单位
            1．建成会展中心二期。完善场馆设施，提升承载能力。\t省商务厅牵头，省财政厅、省住房城乡建设厅配合
            2．培育品牌展会。每年认定品牌展会10个。\t省商务厅（牵头），省文化和旅游厅
            3．优化展会服务。推行一站式办展服务。\t省公安厅、省市场监管局按职责分工负责
            """);
        Assert.Equal([1, 2, 3], doc.Measures.Select(m => m.Seq));
        Assert.Equal(["建成会展中心二期", "培育品牌展会", "优化展会服务"], doc.Measures.Select(m => m.Table!.Title));
        Assert.Equal("建成会展中心二期。完善场馆设施，提升承载能力。", doc.Measures[0].Table!.Text);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "省商务厅"), new RoleUnits(UnitRoles.Supporting, "省财政厅、省住房城乡建设厅")], doc.Measures[0].Table!.Roles);
        Assert.Equal("省公安厅、省市场监管局", doc.Measures[2].Table!.Units);
        Assert.Empty(doc.Coverage.Unplaced);
    }

    [Fact]
    public void Rows_numbered_by_a_chinese_marker_are_read_without_a_header()
    {
        var doc = Parse("""
            某市口岸工作任务清单

            （一）推进口岸扩大开放。完善查验设施。\t市商务局、市交通运输局
            （二）发展跨境电子商务。建设公共服务平台。\t市商务局
            """);
        Assert.Equal([1, 2], doc.Measures.Select(m => m.Seq));
        Assert.Equal(["推进口岸扩大开放", "发展跨境电子商务"], doc.Measures.Select(m => m.Table!.Title));
        Assert.Equal("市商务局、市交通运输局", doc.Measures[0].Table!.Units);
    }

    [Fact]
    public void Markers_that_do_not_count_upwards_number_nothing()
    {
        var doc = Parse("""
            某省会展工作重点任务清单

            重点任务\t责任单位
            3．建成会展中心二期。完善场馆设施。\t省商务厅
            2．培育品牌展会。每年认定品牌展会10个。\t省商务厅
            """);
        // Numbered by position under the header, the markers left in the text as written.
        Assert.Equal([1, 2], doc.Measures.Select(m => m.Seq));
        Assert.All(doc.Measures, m => Assert.Matches(@"^\d[.．]", m.Table!.Title));
    }

    [Fact]
    public void A_category_column_numbered_on_the_first_row_of_each_group_numbers_no_row()
    {
        var doc = Parse("""
            某省开放重点任务清单

            类别\t重点任务\t责任单位
            一、开放通道\t建设国际陆港。完善集装箱作业设施。\t省交通运输厅
            \t发展多式联运。推广一单制。\t省发展改革委
            二、开放平台\t提升综合保税区。引进加工贸易。\t省商务厅
            \t建设跨境电商综合试验区。培育企业。\t省商务厅
            """);
        // Four tasks numbered by position; the category's 一、/二、 is no row number (it would leave two tasks unnumbered).
        Assert.Equal([1, 2, 3, 4], doc.Measures.Select(m => m.Seq));
        Assert.Equal(["建设国际陆港", "提升综合保税区"], new[] { doc.Measures[0], doc.Measures[2] }.Select(m => m.Table!.Title));
    }
}
