using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class BatchVariantTests
{
    [Fact]
    public void A_case_table_gives_name_practice_point_submitting_unit_and_scope()
    {
        var doc = TestCorpus.ParseText(VariantDocuments.CaseTableBatch);
        Assert.Equal(3, doc.Measures.Count);
        Assert.All(doc.Measures, m => Assert.NotNull(m.Innovation));
        var first = doc.Measures[0];
        Assert.Equal(("中欧班列集拼集运模式", "依托成都国际铁路港，整合货源开展集拼集运。"), (first.Title, first.Text));
        Assert.Equal("铁路集拼模式", first.Innovation!.InnovationPoint);
        Assert.Equal(("青白江铁路港片区管委会", "全省"), (first.Table!.Units, first.Table.Scope));
        Assert.Equal([new RoleUnits(UnitRoles.Submitting, "青白江铁路港片区管委会")], first.Table.Roles);
        Assert.True(doc.Measures[2].Innovation!.ConcernsTaiwan);
    }

    [Fact]
    public void An_innovation_measure_column_names_the_item_when_a_practice_column_describes_it()
    {
        var doc = TestCorpus.ParseText(VariantDocuments.MeasureColumnBatch);
        Assert.Equal(["国际铁路提单融资", "跨境人民币便利化结算"], doc.Measures.Select(m => m.Title));
        Assert.Equal("以铁路提单为载体开展融资。", doc.Measures[0].Text);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "省商务厅")], doc.Measures[0].Table!.Roles);
    }

    [Fact]
    public void Numbered_paragraphs_with_a_submitting_unit_are_items_not_headings()
    {
        var doc = TestCorpus.ParseText(VariantDocuments.ParagraphBatch);
        Assert.Empty(doc.Sections);
        Assert.Equal(["中欧班列运贸一体化模式", "知识产权质押融资新模式", "对台港口物流协同"], doc.Measures.Select(m => m.Title));
        Assert.All(doc.Measures, m => Assert.NotNull(m.Innovation));
        Assert.Equal(["青白江铁路港片区管委会", "天府新区片区管委会", "川南临港片区管委会"], doc.Measures.Select(m => m.Body!.Units));
        Assert.Equal(UnitRoles.Submitting, Assert.Single(doc.Measures[0].Body!.Roles).Role);
        Assert.True(doc.Measures[2].Innovation!.ConcernsTaiwan);
    }

    [Fact]
    public void The_paragraphs_under_a_named_item_are_its_text_up_to_the_signature()
    {
        var doc = TestCorpus.ParseText(VariantDocuments.ParagraphBatch);
        Assert.Equal("建立知识产权评估、质押、处置一体化机制，缓解科技企业融资难。", doc.Measures[1].Text);
        Assert.Equal("推进港口作业与保税监管信息共享，提升通关效率。", doc.Measures[2].Text);
        Assert.Equal("首创铁路运单物权化", doc.Measures[0].Innovation!.InnovationPoint);
        Assert.Equal(7, doc.Measures[0].Line);
    }
}

public class PartedPlanTests
{
    private static readonly ParsedDocument Plan = TestCorpus.ParseText(VariantDocuments.PartedFiveYearPlan);

    [Fact]
    public void Parts_stand_above_chapters_and_sections()
    {
        var byTitle = Plan.Sections.Where(s => s.Kind != "section" || s.Title != "发展基础").ToDictionary(s => s.Title);
        Assert.Equal(("part", 1, "2", 2), (byTitle["主要任务"].Kind, byTitle["主要任务"].Level, byTitle["主要任务"].Path, byTitle["主要任务"].Ordinal));
        Assert.Equal(("chapter", 2, "2"), (byTitle["构建开放型经济新体制"].Kind, byTitle["构建开放型经济新体制"].Level, byTitle["构建开放型经济新体制"].ParentPath));
        Assert.Equal(("section", 3, "2.1"), (byTitle["推进投资自由化"].Kind, byTitle["推进投资自由化"].Level, byTitle["推进投资自由化"].ParentPath));
        Assert.Equal(("chapter", 3, "2"), (byTitle["打造现代产业体系"].Kind, byTitle["打造现代产业体系"].Ordinal, byTitle["打造现代产业体系"].ParentPath));
    }

    [Fact]
    public void A_box_titled_after_a_colon_holds_programmes_named_before_a_colon()
    {
        var box = Plan.Sections.Single(s => s.Kind == "box");
        Assert.Equal(("投资自由化重点工程", "2.1.1"), (box.Title, box.ParentPath));
        Assert.Equal(["跨境投资服务平台", "外资项目库"], Plan.Measures.Where(m => m.SectionPath == box.Path).Select(m => m.Title));
    }

    [Fact]
    public void Measures_hang_off_the_section_under_their_part_and_chapter()
    {
        var logistics = Plan.Measures.Single(m => m.Title == "建设国际物流枢纽");
        Assert.Equal("建设国际物流枢纽。推进成都国际铁路港建设，发展多式联运。", logistics.Text);
        Assert.Equal(Plan.Sections.Single(s => s.Title == "发展现代物流").Path, logistics.SectionPath);
        Assert.Equal(5, Plan.Measures.Count);
    }
}
