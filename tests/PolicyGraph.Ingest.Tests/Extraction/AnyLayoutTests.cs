using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class AnyLayoutTests
{
    [Fact]
    public void A_notice_whose_title_names_no_genre_still_yields_its_items()
    {
        var doc = TestCorpus.ParseText(AnyLayoutDocuments.NationalNotice);
        Assert.Equal(Genres.Unknown, doc.Metadata.Genre);
        Assert.Equal(["推行提前申报", "推广两步申报", "清理口岸收费"], doc.Measures.Select(m => m.Title));
        Assert.Equal([1, 2, 3], doc.Measures.Select(m => m.Seq));
    }

    [Fact]
    public void Paragraphs_of_a_requirement_section_that_restart_their_numbers_are_requirements()
    {
        var doc = TestCorpus.ParseText(AnyLayoutDocuments.NationalNotice);
        Assert.Equal(["加强组织领导", "强化督促落实"], doc.Requirements.Select(r => r.Title));
        Assert.All(doc.Requirements, r => Assert.Equal(ItemKinds.Requirement, r.Kind));
        Assert.All(doc.Measures, m => Assert.Equal(ItemKinds.Measure, m.Kind));
    }

    [Fact]
    public void Two_lists_numbered_alike_get_different_keys_and_keep_their_numbers()
    {
        var doc = TestCorpus.ParseText(AnyLayoutDocuments.NationalNotice);
        var items = doc.Measures.Concat(doc.Requirements).ToList();
        Assert.Equal(items.Count, items.Select(i => i.Key).Distinct().Count());
        Assert.Equal([1, 2], doc.Requirements.Select(r => r.Seq));
        Assert.Contains(doc.Measures, m => m.Seq == 1 && m.Key != doc.Requirements[0].Key);
    }

    [Fact]
    public void Numbered_summary_lines_of_a_preamble_are_reported_not_taken_as_items()
    {
        var doc = TestCorpus.ParseText(AnyLayoutDocuments.PreambleSummary);
        Assert.Equal([1, 2], doc.Measures.Select(m => m.Seq));
        Assert.All(doc.Measures, m => Assert.StartsWith("推行", m.Title));
        Assert.Equal(2, doc.Coverage.ItemsReported);
        Assert.Equal([4, 5], doc.Coverage.Unplaced.Select(u => u.Line));
        Assert.All(doc.Coverage.Unplaced, u => Assert.Contains("preamble", u.Reason));
        Assert.Equal("加强统筹协调，各部门按职责分工抓好落实，形成工作合力", Assert.Single(doc.Requirements).Title);
    }

    [Fact]
    public void Articles_of_a_document_without_a_genre_word_are_items()
    {
        var doc = TestCorpus.ParseText(AnyLayoutDocuments.Articles);
        Assert.Equal([1, 2, 3], doc.Measures.Select(m => m.Seq));
        Assert.Equal("对开展跨境电商业务的企业，按照出口额给予奖励，每家最高奖励一百万元", doc.Measures[1].Title);
    }

    [Fact]
    public void A_list_numbered_past_999_keeps_every_item()
    {
        var lines = Enumerable.Range(1, 1005).Select(n => $"{n}.第{n}项措施的内容说明，推进相关工作。");
        var doc = TestCorpus.ParseText("某市重点工作任务清单\n\n一、重点任务\n\n" + string.Join("\n", lines) + "\n");
        Assert.Equal(Enumerable.Range(1, 1005), doc.Measures.Select(m => m.Seq));
        Assert.Equal(1005, doc.Coverage.ItemsFound);
    }

    [Fact]
    public void A_year_at_the_start_of_a_line_is_not_an_item_number()
    {
        var doc = TestCorpus.ParseText("某市工作要点\n\n一、重点任务\n\n1.推进口岸建设，完善口岸设施，提升通关效率。\n2024、2025年连续两年保持增长，成效明显。\n");
        Assert.Equal([1], doc.Measures.Select(m => m.Seq));
    }
}
