using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class SyntheticDocumentTests
{
    [Fact]
    public void Another_citys_plan_in_the_same_layout_is_read_the_same_way()
    {
        var doc = TestCorpus.ParseText(SyntheticDocuments.QuanzhouPlan);
        Assert.Equal("泉州市关于推进跨境贸易便利化若干措施的实施方案", doc.Metadata.Title);
        Assert.Equal(("征求意见稿", "泉州市人民政府", new DateOnly(2024, 5, 20)), (doc.Metadata.Status, doc.Metadata.Issuer, doc.Metadata.IssuedOn));
        Assert.Equal(["提升通关效率", "加强组织保障"], doc.Sections.Select(s => s.Title));
        Assert.Equal([1, 2, 3], doc.Measures.Select(m => m.Seq)); // 3 is under 加强组织保障, but the annex table lists it as a task
        Assert.Empty(doc.Requirements);
        var second = doc.Measures[1];
        Assert.Equal(("全市", "市交通运输局、晋江市人民政府"), (second.Body!.Scope, second.Body.Units));
        Assert.Equal("市交通运输局、石狮市人民政府", second.Table!.Units);
        Assert.Equal("闽政〔2024〕9号", Assert.Single(doc.Citations).DocNumber);
    }

    [Fact]
    public void An_unknown_genre_still_gives_sections_and_a_warning_and_keeps_markup_as_text()
    {
        var doc = TestCorpus.ParseText(SyntheticDocuments.UnknownGenreNote);
        Assert.Equal(Genres.Unknown, doc.Metadata.Genre);
        Assert.Equal(["会议背景", "有关事项"], doc.Sections.Select(s => s.Title));
        Assert.Empty(doc.Measures);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.UnknownGenre);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.SuspiciousMarkup && d.Line == 9);
        Assert.Contains(doc.Lines, l => l.Original.Contains("<script>alert('x')</script>"));
    }

    [Fact]
    public void A_small_batch_letter_reads_its_table_and_totals()
    {
        var doc = TestCorpus.ParseText(SyntheticDocuments.MiniBatchLetter);
        Assert.Equal((3, "厦自贸函〔2024〕7号"), (doc.Batch!.Number, doc.Metadata.DocNumber));
        Assert.Equal(["全国首创", "复制"], doc.Measures.Select(m => m.Innovation!.Novelty));
        Assert.Equal([true, false], doc.Measures.Select(m => m.Innovation!.ConcernsTaiwan)); // 平台商户 is not 台商
        Assert.Equal(3, doc.StatedTotals.Single(t => t.Label == TotalsExtractor.TotalLabel).Count);
    }

    [Fact]
    public void A_batch_notice_without_a_table_takes_its_listed_items_as_innovations()
    {
        var doc = TestCorpus.ParseText("漳州市人民政府关于推广第五批改革创新成果的通知\n\n一、推广内容\n\n1.涉台法律服务中心\n2.企业开办一窗通办\n3.不动产登记便民服务\n\n二、工作要求\n\n（一）加强领导。各地要加强组织领导。\n");
        Assert.Equal(5, doc.Batch!.Number);
        Assert.Equal(["涉台法律服务中心", "企业开办一窗通办", "不动产登记便民服务"], doc.Measures.Where(m => m.Innovation is not null).Select(m => m.Title));
        Assert.True(doc.Measures[0].Innovation!.ConcernsTaiwan);
        Assert.Equal(3, doc.Measures.Count);
        var requirement = Assert.Single(doc.Requirements);
        Assert.Equal(("加强领导", ItemKinds.Requirement, null), (requirement.Title, requirement.Kind, requirement.Innovation));
    }

    [Fact]
    public void Reads_unlabelled_responsibility_clauses_of_a_provincial_notice()
    {
        var doc = TestCorpus.ParseText(LayoutVariants.GuangdongMeasures);
        Assert.Equal(("粤府办〔2023〕12号", "广东省人民政府办公厅", new DateOnly(2023, 6, 2)), (doc.Metadata.DocNumber, doc.Metadata.Issuer, doc.Metadata.IssuedOn));
        Assert.Equal(["壮大跨境电商企业", "发展海外仓", "加强金融支持"], doc.Measures.Select(m => m.Title));
        Assert.Equal(["省商务厅、省工业和信息化厅", "省商务厅、海关总署广东分署", "人民银行广州分行、国家外汇管理局广东省分局"],
            doc.Measures.Select(m => m.Body!.Units));
        Assert.Equal("（省商务厅牵头，海关总署广东分署配合）", doc.Measures[1].Body!.Quote);
        Assert.Equal("中华人民共和国外汇管理条例", doc.Citations.Single(c => c.Line == 20).Title);
    }
}
