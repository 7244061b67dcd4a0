using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class TableContentsTests
{
    private static readonly ParsedDocument OtherNames = TestCorpus.ParseText(AnyLayoutDocuments.OtherColumnNames);

    [Fact]
    public void Columns_named_otherwise_are_read_by_their_cells()
    {
        var first = OtherNames.Measures[0].Table!;
        Assert.Equal(("企业开办", "推行企业开办全流程网上办理，一日办结。"), (first.Title, first.Text));
        Assert.Equal(("市市场监管局", "2024年底前"), (first.Units, first.Deadline));
        Assert.Equal([UnitRoles.Lead], first.Roles.Select(r => r.Role)); // 牵头部门 named in the header decides the role
        Assert.Equal("持续推进", OtherNames.Measures[1].Table!.Deadline);
    }

    [Fact]
    public void A_table_whose_header_names_nothing_known_is_read_by_what_its_cells_hold()
    {
        var second = OtherNames.Measures.Where(m => m.TableIndex == 2).ToList();
        Assert.Equal(["简易注销", "歇业备案", "信用修复"], second.Select(m => m.Title));
        Assert.Equal(["市市场监管局", "市人社局、市税务局", "市发改委"], second.Select(m => m.Table!.Units));
        Assert.Equal(["2024年6月底前", "2024年底前", "持续推进"], second.Select(m => m.Table!.Deadline));
    }

    [Fact]
    public void A_page_number_inside_a_table_does_not_end_it()
    {
        Assert.Equal(5, OtherNames.Measures.Count);
        Assert.Equal((5, 0, 5), (OtherNames.Coverage.TableRows, OtherNames.Coverage.RowsPaired, OtherNames.Coverage.RowsStandalone));
        Assert.Empty(OtherNames.Coverage.Unplaced);
    }

    [Fact]
    public void Two_tables_numbered_from_one_keep_all_their_rows_under_different_keys()
    {
        Assert.Equal([1, 2, 1, 2, 3], OtherNames.Measures.Select(m => m.Seq));
        Assert.Equal(["t1/1", "t1/2", "t2/1", "t2/2", "t2/3"], OtherNames.Measures.Select(m => m.Key));
    }

    [Fact]
    public void A_row_cut_inside_a_cell_and_a_wrapped_piece_are_joined_to_their_rows()
    {
        var doc = TestCorpus.ParseText(AnyLayoutDocuments.WrappedRows);
        Assert.Equal([1, 2, 3], doc.Measures.Select(m => m.Seq));
        var first = doc.Measures[0].Table!;
        Assert.Equal(("建设跨境贸易综合服务平台，提供通关、物流、金融一站式服务", "市商务局", "2024年底前"), (first.Text, first.Units, first.Deadline));
        Assert.Equal("优化进口货物查验流程，推行智能查验推广集中查验模式", doc.Measures[1].Text);
        Assert.Equal("市交通运输局", doc.Measures[1].Table!.Units);
    }

    [Fact]
    public void A_numbered_row_without_text_is_reported_with_its_line()
    {
        var doc = TestCorpus.ParseText("某市任务分工\n\n序号\t主要任务\t责任单位\n1\t推行一网通办，实现网上办理。\t市商务局\n2\t\t市财政局\n");
        Assert.Single(doc.Measures);
        var dropped = Assert.Single(doc.Coverage.Unplaced);
        Assert.Equal(5, dropped.Line);
        Assert.Equal(2, doc.Coverage.TableRows);
    }

    [Fact]
    public void Fragments_wrapped_under_a_space_aligned_column_join_that_cell()
    {
        var doc = TestCorpus.ParseText(AnyLayoutDocuments.SpaceAlignedPdfTable);
        Assert.Equal([1, 2], doc.Measures.Select(m => m.Seq));
        var first = doc.Measures[0].Table!;
        Assert.Equal(("提升港口自动化集装箱码头作业效率", "港务集团有限公司、自治区交通运输厅"), (first.Title, first.Units));
        Assert.Equal("自治区交通运输厅", doc.Measures[1].Table!.Units); // the running header is not part of any row
    }
}
