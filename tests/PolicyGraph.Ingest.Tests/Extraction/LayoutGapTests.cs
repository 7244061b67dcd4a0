using PolicyGraph.Core.Model;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class UnnumberedTableTests
{
    [Fact]
    public void Rows_of_a_table_without_a_number_column_pair_with_the_body_in_order()
    {
        var doc = TestCorpus.ParseText(LayoutGapDocuments.UnnumberedTablePlan);
        Assert.Equal(3, doc.Measures.Count);
        Assert.All(doc.Measures, m => Assert.Equal(m.Title, m.Table!.Title));
        Assert.Equal([1, 2, 1], doc.Measures.Select(m => m.Seq));
        Assert.Equal(("市商务局", "市商务局、市财政局"), (doc.Measures[1].Body!.Units, doc.Measures[1].Table!.Units));
        Assert.Equal([16, 17, 18], doc.Measures.Select(m => m.Table!.Line));
    }

    [Fact]
    public void Rows_that_do_not_agree_with_the_body_stand_alone()
    {
        var text = LayoutGapDocuments.UnnumberedTablePlan
            .Replace("推行进口货物“两段准入”\t", "建设智慧港口\t").Replace("推广跨境电商零售进口退货中心仓\t", "培育外贸综合服务企业\t")
            .Replace("深化商事登记确认制\t", "发展海洋经济\t");
        var doc = TestCorpus.ParseText(text);
        Assert.Equal(6, doc.Measures.Count);
        Assert.All(doc.Measures.Take(3), m => Assert.Null(m.Table));
        Assert.Equal(["建设智慧港口", "培育外贸综合服务企业", "发展海洋经济"], doc.Measures.Skip(3).Select(m => m.Title));
    }

    [Fact]
    public void A_table_without_a_body_gives_measures_numbered_by_position()
    {
        var doc = TestCorpus.ParseText(LayoutGapDocuments.TableOnlyBatch);
        Assert.Equal([(1, "国际班列运单融资"), (2, "跨境结算便利化")], doc.Measures.Select(m => (m.Seq, m.Title)));
        Assert.All(doc.Measures, m => Assert.NotNull(m.Innovation));
        Assert.Equal([new RoleUnits(UnitRoles.Submitting, "青白江铁路港片区管委会")], doc.Measures[0].Table!.Roles);
        Assert.Equal(("以铁路运单为凭证开展融资。", "全省"), (doc.Measures[0].Text, doc.Measures[0].Table!.Scope));
    }

    [Fact]
    public void A_header_naming_no_measure_column_is_not_a_table()
    {
        var doc = TestCorpus.ParseText("宁德市某项工作实施方案\n\n一、重点任务\n\n（一）推进试点。开展相关工作。\n\n附件\n\n" +
            "责任单位\t完成时限\n市商务局\t2024年底前\n");
        var measure = Assert.Single(doc.Measures);
        Assert.Null(measure.Table);
    }
}

public class NumberedBoxTests
{
    private static readonly ParsedDocument Plan = TestCorpus.ParseText(LayoutGapDocuments.NumberedBoxPlan);

    private static ParsedSection Box(string title) => Plan.Sections.Single(s => s.Kind == "box" && s.Title == title);

    [Fact]
    public void Numbered_items_stay_inside_the_box_as_its_measures()
    {
        var box = Box("货物贸易创新工程");
        var inBox = Plan.Measures.Where(m => m.SectionPath == box.Path).ToList();
        Assert.Equal(["跨境电商综合试验区", "离岸贸易先行区"], inBox.Select(m => m.Title));
        Assert.Equal([1, 2], inBox.Select(m => m.Seq));
    }

    [Fact]
    public void A_measure_of_another_style_ends_the_box_and_hangs_off_the_section()
    {
        var section = Plan.Sections.Single(s => s.Title == "推进贸易便利");
        var after = Plan.Measures.Single(m => m.Title == "推进服务贸易创新发展");
        Assert.Equal(section.Path, after.SectionPath);
        Assert.Equal(section.Path, Box("货物贸易创新工程").ParentPath);
    }

    [Fact]
    public void Heading_like_numbered_lines_in_a_box_are_items_until_the_next_box_or_heading()
    {
        Assert.Equal(["服务贸易创新发展试点", "国家特色服务出口基地"],
            Plan.Measures.Where(m => m.SectionPath == Box("服务贸易创新工程").Path).Select(m => m.Title));
        Assert.Equal(["数字贸易平台"], Plan.Measures.Where(m => m.SectionPath == Box("数字贸易工程").Path).Select(m => m.Title));
        Assert.DoesNotContain(Plan.Sections, s => s.Title is "服务贸易创新发展试点" or "数字贸易平台");
        var finance = Plan.Measures.Single(m => m.Title == "扩大金融业开放");
        Assert.Equal(Plan.Sections.Single(s => s.Title == "强化金融开放").Path, finance.SectionPath);
        Assert.Equal(8, Plan.Measures.Count);
    }
}

public class UnitsLineTests
{
    private static readonly ParsedDocument Batch = TestCorpus.ParseText(LayoutGapDocuments.UnitsLineBatch);

    [Fact]
    public void A_submitting_unit_on_its_own_line_makes_a_named_item_and_leaves_the_text_below()
    {
        Assert.Empty(Batch.Sections);
        var first = Batch.Measures[0];
        Assert.Equal(("中欧班列运贸一体化模式", "依托中欧班列，推行运贸一体化，降低企业综合成本。创新点：首创铁路运单物权化。"), (first.Title, first.Text));
        Assert.Equal([new RoleUnits(UnitRoles.Submitting, "青白江铁路港片区管委会")], first.Body!.Roles);
        Assert.Equal("首创铁路运单物权化", first.Innovation!.InnovationPoint);
        Assert.Equal((9, "报送单位：青白江铁路港片区管委会"), (first.Body.Line, first.Body.Quote));
    }

    [Fact]
    public void Lead_and_declaring_labels_below_the_text_or_a_sentence_item_attach_too()
    {
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "天府新区片区管委会、省知识产权服务促进中心")], Batch.Measures[1].Body!.Roles);
        Assert.Equal("建立知识产权评估、质押、处置一体化机制，缓解科技企业融资难。", Batch.Measures[1].Text);
        Assert.Equal(("对台港口物流协同", "川南临港片区管委会"), (Batch.Measures[2].Title, Batch.Measures[2].Body!.Units));
        Assert.Equal(UnitRoles.Submitting, Assert.Single(Batch.Measures[2].Body!.Roles).Role);
    }

    [Fact]
    public void A_label_followed_by_a_sentence_or_inside_one_is_not_a_unit_list()
    {
        var last = Batch.Measures.Single(m => m.Title == "做好复制推广工作");
        Assert.Null(last.Body!.Units);
        Assert.Equal(4, Batch.Measures.Count);
    }

    [Fact]
    public void The_units_line_becomes_a_submitting_responsibility_edge()
    {
        var result = TestCorpus.LoadTexts(("sichuan-batch-9.txt", LayoutGapDocuments.UnitsLineBatch));
        var measure = result.Graph.Nodes.Single(n => n.HasLabel("Measure") && (long?)n["seq"] == 1);
        var edge = Assert.Single(result.Graph.Relationships, r => r.Type == "RESPONSIBLE_FOR" && r.EndId == measure.Id);
        Assert.Equal(("agency:青白江铁路港片区管委会", "submitting", 9L), (edge.StartId, (string?)edge["role"], (long?)edge["line"]));
    }
}
