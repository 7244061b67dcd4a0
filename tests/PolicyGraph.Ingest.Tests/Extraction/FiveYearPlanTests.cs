using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Values checked by reading the Fujian FTZ 14th five-year plan.</summary>
public class FiveYearPlanTests
{
    private static readonly ParsedDocument Plan = TestCorpus.Parse(TestCorpus.FiveYearPlan);

    [Fact]
    public void Reads_title_genre_issuer_and_date()
    {
        var m = Plan.Metadata;
        Assert.Equal("中国（福建）自由贸易试验区“十四五”发展规划", m.Title);
        Assert.Equal(Genres.FiveYearPlan, m.Genre);
        Assert.Equal("中国（福建）自由贸易试验区工作领导小组", m.Issuer);
        Assert.Equal(new DateOnly(2021, 9, 30), m.IssuedOn);
    }

    [Fact]
    public void Builds_chapters_sections_and_headings_but_not_from_the_table_of_contents()
    {
        var chapters = Plan.Sections.Where(s => s.Kind == "chapter").ToList();
        Assert.Equal(["发展环境", "总体要求", "主要任务", "保障措施"], chapters.Select(s => s.Title));
        Assert.Equal(33, chapters[0].Line); // the contents list on lines 7-24 is skipped
        var trade = Plan.Sections.Single(s => s.Title == "推进贸易自由便利");
        Assert.Equal((3, "3.1.2"), (trade.Level, trade.Path));
        Assert.Equal("3.1", trade.ParentPath);
    }

    [Fact]
    public void Finds_five_boxes_with_their_numbers_and_named_programmes()
    {
        var boxes = Plan.Sections.Where(s => s.Kind == "box").ToList();
        Assert.Equal([1, 2, 3, 4, 5], boxes.Select(b => b.Ordinal));
        Assert.Equal("货物贸易创新发展工程", boxes[0].Title);
        var programmes = Plan.Measures.Where(m => m.SectionPath == boxes[0].Path).Select(m => m.Title);
        Assert.Equal(["内外贸一体化", "跨境电商", "新型离岸国际贸易先行区", "国际贸易单一窗口"], programmes);
    }

    [Fact]
    public void Numbered_tasks_belong_to_their_heading()
    {
        var investment = Plan.Sections.Single(s => s.Title == "推进投资自由便利");
        var tasks = Plan.Measures.Where(m => m.SectionPath == investment.Path).Select(m => m.Title);
        Assert.Equal(["放宽投资市场准入", "优化政府管理和服", "完善公平竞争和产权保护机制"], tasks);
    }
}
