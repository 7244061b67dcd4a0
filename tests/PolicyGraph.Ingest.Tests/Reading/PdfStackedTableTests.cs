using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Reading.Pdf;

namespace PolicyGraph.Ingest.Tests.Reading;

/// <summary>
/// Task tables printed to PDF with a header over several lines (spanning cells, a wrapped 序/号), a category column
/// merged over rows, cells centred vertically in rows of their own height, a unit cell merged over two rows and rows
/// broken by a page under the header repeated; and layouts that keep reading as before.
/// </summary>
public class PdfStackedTableTests
{
    private const string Title = "贵州省2025年重点任务清单";

    private static List<string> Lines(byte[] pdf)
    {
        var outcome = new DocumentReader(TestCorpus.Options).Decode("tasks.pdf", pdf);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Diagnostics));
        return outcome.Text!.Lines.Where(l => l.Length > 0).ToList();
    }

    private static ParsedDocument Parse(byte[] pdf) => DocumentExtractor.Extract(new DocumentReader(TestCorpus.Options).Decode("tasks.pdf", pdf).Text!);

    /// <summary>
    /// 责任分工 over 牵头单位 · 配合单位, 配合单位 over 省直部门 · 市（州）, 序号 wrapped as 序/号 and 牵头单位 printed on the
    /// same line as 号, as a browser prints a header of three rows.
    /// </summary>
    private static readonly (double X, double Y, string Text)[] ThreeLineHeader =
    [
        (530, 540, "责任分工"), (60, 526, "序"), (92, 516, "类别"), (220, 516, "重点任务"), (591, 516, "配合单位"), (722, 516, "完成时限"),
        (60, 506, "号"), (435, 503, "牵头单位"), (535, 490, "省直部门"), (635, 490, "市（州）"),
    ];

    private static readonly double[] ThreeLineColumns = [62, 92, 140, 420, 520, 620, 722];

    [Fact]
    public void A_three_line_header_names_each_bottom_column_and_centred_cells_fall_into_their_rows()
    {
        var table = new PrintedTable(ThreeLineColumns, top: 480)
            .Row(["1"], [], ["加快建设西部陆海新通道重要节点。推", "动陆港扩能改造，完善铁路专用线。"], ["省发展改革委"], ["省交通运输厅、贵", "阳海关"], ["贵阳市人民政府"], ["2025年12月", "底前"])
            .Row(["2"], [], ["提升航空口岸开放水平。加密国际客货", "运航线，推进口岸对外开放申报工作。"], ["省商务厅"], ["民航贵州监管局"], [], ["持续推进"])
            .Row(["3"], ["营商", "环境"], ["优化跨境贸易营商环境。压缩进出口整", "体通关时间，规范口岸收费。", "推广两步申报。"], ["贵阳海关"], ["省商务厅"], ["各市（州）人", "民政府"], ["2025年6月", "底前"])
            .Merged(1, 0, 1, "开放", "通道");
        var pdf = PdfFixtures.Chinese([[(300, 560, Title), .. ThreeLineHeader, .. table.Texts]]);

        Assert.Equal(
        [
            Title,
            "序号\t类别\t重点任务\t责任分工\t责任分工\t责任分工\t完成时限",
            "序号\t类别\t重点任务\t牵头单位\t配合单位\t配合单位\t完成时限",
            "序号\t类别\t重点任务\t牵头单位\t省直部门\t市（州）\t完成时限",
            "1\t开放通道\t加快建设西部陆海新通道重要节点。推动陆港扩能改造，完善铁路专用线。\t省发展改革委\t省交通运输厅、贵阳海关\t贵阳市人民政府\t2025年12月底前",
            "2\t开放通道\t提升航空口岸开放水平。加密国际客货运航线，推进口岸对外开放申报工作。\t省商务厅\t民航贵州监管局\t\t持续推进",
            "3\t营商环境\t优化跨境贸易营商环境。压缩进出口整体通关时间，规范口岸收费。推广两步申报。\t贵阳海关\t省商务厅\t各市（州）人民政府\t2025年6月底前",
        ], Lines(pdf));
    }

    [Fact]
    public void Columns_under_a_spanning_supporting_cell_give_supporting_units_and_the_category_is_no_title()
    {
        var table = new PrintedTable(ThreeLineColumns, top: 480)
            .Row(["1"], ["开放", "通道"], ["加快建设西部陆海新通道重要节点。推", "动陆港扩能改造。"], ["省发展改革委"], ["省交通运输厅"], ["贵阳市人民政府"], ["持续推进"]);
        var measure = Assert.Single(Parse(PdfFixtures.Chinese([[(300, 560, Title), .. ThreeLineHeader, .. table.Texts]])).Measures).Table!;

        Assert.Equal(("加快建设西部陆海新通道重要节点", "持续推进"), (measure.Title, measure.Deadline));
        // One entry per column, as for any two supporting columns.
        Assert.Equal(
            [new RoleUnits(UnitRoles.Lead, "省发展改革委"), new RoleUnits(UnitRoles.Supporting, "省交通运输厅"), new RoleUnits(UnitRoles.Supporting, "贵阳市人民政府")],
            measure.Roles);
    }

    /// <summary>A header of two lines: 责任单位 centred over 牵头单位 · 配合单位, the others merged down both lines.</summary>
    private static readonly (double X, double Y, string Text)[] TwoLineHeader =
        [(484, 530, "责任单位"), (58, 518, "序号"), (184, 518, "重点任务"), (680, 518, "完成时限"), (418, 506, "牵头单位"), (544, 506, "配合单位")];

    private static readonly double[] TwoLineColumns = [62, 100, 400, 520, 680];

    [Fact]
    public void A_unit_cell_merged_over_two_rows_and_a_row_broken_by_a_page_are_read_whole()
    {
        var first = new PrintedTable(TwoLineColumns, top: 490)
            .Row(["1"], ["推进综合保税区提质增效。引进加工贸易", "和保税物流项目。"], [], ["省商务厅、贵阳海", "关"], ["持续推进"])
            .Row(["2"], ["建设跨境电子商务综合试验区。推动跨", "境电商综合试验区建设。"], [], ["贵阳海关、省邮政", "管理局"], ["2025年12月", "底前"])
            .Row(["3"], ["加强涉外金融服务。扩大跨境人民币结算", "规模，推动跨境贸易投资高水平开放政"], ["中国人民银行贵", "州省分行"], ["国家外汇管理局贵", "州省分局、省地方"], ["2025年12月", "底前"])
            .Merged(2, 0, 1, "省投资促进局");
        var next = new PrintedTable(TwoLineColumns, top: 490)
            .Row([], ["策扩面增量。"], [], ["金融管理局"], [])
            .Row(["4"], ["落实出口退税政策。优化出口退税服务。"], ["国家税务总局贵", "州省税务局"], ["省财政厅"], ["2025年6月", "底前"]);
        var pdf = PdfFixtures.Chinese([[(300, 560, Title), .. TwoLineHeader, .. first.Texts], [.. TwoLineHeader, .. next.Texts]]);

        Assert.Equal(
        [
            Title,
            "序号\t重点任务\t责任单位\t责任单位\t完成时限",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t推进综合保税区提质增效。引进加工贸易和保税物流项目。\t省投资促进局\t省商务厅、贵阳海关\t持续推进",
            "2\t建设跨境电子商务综合试验区。推动跨境电商综合试验区建设。\t省投资促进局\t贵阳海关、省邮政管理局\t2025年12月底前",
            "3\t加强涉外金融服务。扩大跨境人民币结算规模，推动跨境贸易投资高水平开放政策扩面增量。\t中国人民银行贵州省分行\t国家外汇管理局贵州省分局、省地方金融管理局\t2025年12月底前",
            "4\t落实出口退税政策。优化出口退税服务。\t国家税务总局贵州省税务局\t省财政厅\t2025年6月底前",
        ], Lines(pdf));
        var second = Parse(pdf).Measures[1].Table!;
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "省投资促进局"), new RoleUnits(UnitRoles.Supporting, "贵阳海关、省邮政管理局")], second.Roles);
    }

    [Fact]
    public void A_cell_going_on_at_the_top_of_the_next_page_beside_no_task_text_stays_in_the_row_the_page_broke()
    {
        var first = new PrintedTable(TwoLineColumns, top: 490)
            .Row(["1"], ["加强涉外金融服务。扩大跨境人民币结算", "规模。"], ["中国人民银行贵", "州省分行"], ["国家外汇管理局贵", "州省分局、省地方"], ["2025年12月", "底前"]);
        var next = new PrintedTable(TwoLineColumns, top: 490)
            .Row([], [], [], ["金融管理局"], [])
            .Row(["2"], ["落实出口退税政策。优化出口退税服务。"], ["省税务局"], ["省财政厅"], ["2025年6月", "底前"]);
        var pdf = PdfFixtures.Chinese([[(300, 560, Title), .. TwoLineHeader, .. first.Texts], [.. TwoLineHeader, .. next.Texts]]);

        Assert.Equal(
        [
            "1\t加强涉外金融服务。扩大跨境人民币结算规模。\t中国人民银行贵州省分行\t国家外汇管理局贵州省分局、省地方金融管理局\t2025年12月底前",
            "2\t落实出口退税政策。优化出口退税服务。\t省税务局\t省财政厅\t2025年6月底前",
        ], Lines(pdf).Skip(3));
    }

    [Fact]
    public void A_row_opening_a_page_beside_its_number_is_a_row_of_its_own_though_the_task_above_ends_without_punctuation()
    {
        var first = new PrintedTable(TwoLineColumns, top: 490)
            .Row(["1"], ["推进综合保税区提质增效"], ["省商务厅"], ["贵阳海关"], ["持续推进"])
            .Row(["2"], ["推进跨境电商综合试验区建设"], ["省商务厅"], ["省邮政管理局"], ["持续推进"]);
        var next = new PrintedTable(TwoLineColumns, top: 490)
            .Row(["3"], ["扩大特色农产品出口"], ["省农业农村厅"], ["省商务厅"], ["持续推进"]);
        var pdf = PdfFixtures.Chinese([[(300, 560, Title), .. TwoLineHeader, .. first.Texts], [.. TwoLineHeader, .. next.Texts]]);

        Assert.Equal(
        [
            "1\t推进综合保税区提质增效\t省商务厅\t贵阳海关\t持续推进",
            "2\t推进跨境电商综合试验区建设\t省商务厅\t省邮政管理局\t持续推进",
            "3\t扩大特色农产品出口\t省农业农村厅\t省商务厅\t持续推进",
        ], Lines(pdf).Skip(3));
    }

    [Fact]
    public void Rows_packed_without_padding_are_cut_between_their_numbers()
    {
        var table = new PrintedTable(TwoLineColumns, top: 490, padding: 0)
            .Row(["1"], ["推进综合保税区提质增效，引进加工", "贸易和保税物流项目"], ["省商务厅"], ["贵阳海关"], ["持续推进"])
            .Row(["2"], ["推进跨境电商综合试验区建设，培育", "跨境电商企业"], ["省商务厅"], ["省邮政管理局"], ["年底前"]);
        Assert.Equal(
        [
            "1\t推进综合保税区提质增效，引进加工贸易和保税物流项目\t省商务厅\t贵阳海关\t持续推进",
            "2\t推进跨境电商综合试验区建设，培育跨境电商企业\t省商务厅\t省邮政管理局\t年底前",
        ], Lines(PdfFixtures.Chinese([[(300, 560, Title), .. TwoLineHeader, .. table.Texts]])).Skip(3));
    }

    [Fact]
    public void A_tall_cell_gives_nothing_to_the_next_row_whose_cell_is_empty()
    {
        var table = new PrintedTable(TwoLineColumns, top: 490)
            .Row(["1"], ["推进综合保税区提质增效。"], ["省商务厅"], ["贵阳海关、省邮政", "管理局、省财政厅", "、省发展改革委、", "省交通运输厅"], ["持续推进"])
            .Row(["2"], ["推进跨境电商综合试验区建设。"], ["省商务厅"], [], ["持续推进"]);
        Assert.Equal(
        [
            "1\t推进综合保税区提质增效。\t省商务厅\t贵阳海关、省邮政管理局、省财政厅、省发展改革委、省交通运输厅\t持续推进",
            "2\t推进跨境电商综合试验区建设。\t省商务厅\t\t持续推进",
        ], Lines(PdfFixtures.Chinese([[(300, 560, Title), .. TwoLineHeader, .. table.Texts]])).Skip(3));
    }

    [Fact]
    public void A_caption_over_a_header_of_one_line_leaves_the_table_to_the_one_line_reader()
    {
        var table = new PrintedTable([62, 140, 300], top: 500)
            .Row(["序号"], ["任务名称"], ["责任单位"])
            .Row(["1"], ["推广提前申报"], ["市商务局"])
            .Row(["2"], ["优化查验流程"], ["泉州海关"]);
        var pdf = PdfFixtures.Chinese([[(62, 500, "附件1"), .. table.Texts]]);
        Assert.Empty(StackedTablesRead(pdf));
        Assert.Equal(["附件1", "序号\t任务名称\t责任单位", "1\t推广提前申报\t市商务局", "2\t优化查验流程\t泉州海关"], Lines(pdf));
    }

    [Fact]
    public void A_table_whose_header_is_one_line_over_rows_of_short_cells_reads_as_before()
    {
        // Rows without numbers whose cells are as short as the header's: the lines stack like a header, but name nothing more.
        var table = new PrintedTable([62, 220, 380], top: 500)
            .Row(["任务名称"], ["责任单位"], ["完成时限"])
            .Row(["推广提前申报"], ["市商务局"], ["年底前"])
            .Row(["优化查验流程"], ["泉州海关"], ["持续推进"]);
        var lines = StackedTablesRead(PdfFixtures.Chinese([table.Texts]));
        Assert.Empty(lines);
    }

    [Fact]
    public void Two_column_prose_with_short_lines_side_by_side_is_no_stacked_header()
    {
        var page = new (double, double, string)[]
        {
            (60, 500, "总体要求"), (440, 500, "重点任务"),
            (60, 480, "制度创新。"), (440, 480, "质量发展。"),
            (60, 460, "各地要结合实际，细化工作措施，明确责任"), (440, 460, "各部门要加强协同，形成工作合力，确保各"),
        };
        Assert.Empty(StackedTablesRead(PdfFixtures.Chinese([page])));
    }

    /// <summary>The lines of the PDF's first page at which a table with a header over several lines is read.</summary>
    private static List<int> StackedTablesRead(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var lines = PdfLine.FromLetters(1, document.GetPage(1).Letters, PdfDocumentReader.SegmentGap);
        Assert.True(lines.Count >= 3);
        return Enumerable.Range(0, lines.Count).Where(i => PdfStackedTables.TryRead(lines, i, maxColumns: 20, out _, out _) is not null).ToList();
    }

    /// <summary>A table as a browser prints one: each row as tall as its tallest cell, every cell's lines centred in it.</summary>
    private sealed class PrintedTable(double[] columns, double top, double pitch = 20, double padding = 6)
    {
        private readonly List<(double Top, double Bottom)> rows = [];

        public List<(double X, double Y, string Text)> Texts { get; } = [];

        public PrintedTable Row(params string[][] cells)
        {
            var rowTop = rows.Count == 0 ? top : rows[^1].Bottom;
            var bottom = rowTop - cells.Max(c => Math.Max(1, c.Length)) * pitch - 2 * padding;
            rows.Add((rowTop, bottom));
            for (var j = 0; j < cells.Length; j++) Centre(columns[j], rowTop, bottom, cells[j]);
            return this;
        }

        /// <summary>A cell merged over rows <paramref name="first"/> to <paramref name="last"/>, centred over them.</summary>
        public PrintedTable Merged(int column, int first, int last, params string[] lines)
        {
            Centre(columns[column], rows[first].Top, rows[last].Bottom, lines);
            return this;
        }

        private void Centre(double x, double cellTop, double cellBottom, string[] lines)
        {
            var firstSlot = cellTop - (cellTop - cellBottom - lines.Length * pitch) / 2;
            for (var k = 0; k < lines.Length; k++) Texts.Add((x, firstSlot - k * pitch - 0.7 * pitch, lines[k]));
        }
    }
}
