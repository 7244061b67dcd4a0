using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Values checked by reading the Fuzhou replication plan and the Fuzhou services-opening plan.</summary>
public class ImplementationPlanTests
{
    private static readonly ParsedDocument Replication = TestCorpus.Parse(TestCorpus.FuzhouReplicationPlan);
    private static readonly ParsedDocument Services = TestCorpus.Parse(TestCorpus.FuzhouServicesPlan);

    [Fact]
    public void Reads_the_front_matter()
    {
        var m = Replication.Metadata;
        Assert.Equal("福州市关于做好自由贸易试验区全面对接国际高标准经贸规则推进高水平制度型开放试点措施复制推广工作的实施方案", m.Title);
        Assert.Equal(("征求意见稿", "福州市人民政府", Genres.ImplementationPlan), (m.Status, m.Issuer, m.Genre));
        Assert.Null(m.IssuedOn); // the closing date is "2026年 月 日", left blank in the draft
        Assert.Null(m.DocNumber);
    }

    [Fact]
    public void Finds_seven_chapters_and_forty_eight_measures_numbered_in_order()
    {
        Assert.Equal(7, Replication.Sections.Count);
        Assert.Equal("率先实施高标准数字贸易规则", Replication.Sections[2].Title);
        Assert.Equal(Enumerable.Range(1, 48), Replication.Measures.Select(m => m.Seq));
        Assert.All(Replication.Measures, m => Assert.NotNull(m.Body?.Units));
        Assert.All(Replication.Measures, m => Assert.NotNull(m.Table));
    }

    [Fact]
    public void Reads_the_body_clause_and_the_annex_row_of_a_measure()
    {
        var first = Replication.Measures[0];
        Assert.Equal("深化金融科技发展和国际合作", first.Title);
        Assert.Equal("自贸试验区福州片区", first.Body!.Scope);
        Assert.Equal("市委金融办、自贸试验区福州片区管委会，仓山区、马尾区、福清市人民政府", first.Body.Units);
        Assert.Equal(13, first.Body.Line); // the clause starts on line 13 and ends after the page break, on line 15
        Assert.Equal("(实施范围:自贸试验区福州片区,责任单位:市委金融办、自贸试验区福州片区管委会，仓山区、马尾区、福清市人民政府)", first.Body.Quote);
        Assert.Equal("自由贸易试验区福州片区", first.Table!.Scope);
        Assert.Equal("市委金融办、自贸试验区福州片区管委会，仓山区、马尾区、福州市人民政府", first.Table.Units);
        Assert.Equal(161, first.Table.Line);
    }

    [Fact]
    public void Rejoins_clauses_broken_by_page_breaks()
    {
        var biodiversity = Replication.Measures.Single(m => m.Seq == 47);
        Assert.Equal("福州市", biodiversity.Body!.Scope);
        Assert.Equal("市生态环境局、市林业局、市自然资源和规划局、市农业农村局", biodiversity.Body.Units);
        var film = Replication.Measures.Single(m => m.Seq == 29);
        Assert.Equal("市新闻出版局（市版权局）、市公安局、市法院、市检察院", film.Body!.Units);
    }

    [Fact]
    public void Keeps_the_table_title_when_it_differs_from_the_body()
    {
        var telecom = Replication.Measures.Single(m => m.Seq == 4);
        Assert.Equal("完善移动电话号码携号转网服务", telecom.Body!.Title);
        Assert.Equal("及时提供移动电话号码携号转网服务", telecom.Table!.Title);
    }

    [Fact]
    public void Finds_citations_with_their_document_numbers()
    {
        var notice = Replication.Citations.Single(c => c.DocNumber == "国函〔2025〕68号");
        Assert.StartsWith("国务院关于做好自由贸易试验区", notice.Title);
        Assert.Equal(9, notice.Line);
        Assert.Contains(Replication.Citations, c => c.DocNumber == "闽自贸办函〔2025〕31号" && c.Title is null);
        Assert.Contains(Replication.Citations, c => c.Title == "中华人民共和国政府采购法");
        Assert.DoesNotContain(Replication.Citations, c => c.Title is not null && c.Title.EndsWith("责任分工表"));
    }

    [Fact]
    public void Services_plan_title_is_rejoined_and_its_fourteen_tasks_found()
    {
        Assert.Equal("福州市服务业扩大开放综合试点工作实施方案", Services.Metadata.Title);
        Assert.Equal("征求意见稿", Services.Metadata.Status);
        var tasks = Services.Sections.Single(s => s.Title == "重点工作");
        var taskMeasures = Services.Measures.Where(m => m.SectionPath == tasks.Path).ToList();
        Assert.Equal(14, taskMeasures.Count);
        Assert.Equal("推进金融领域国际合作", taskMeasures[2].Title);
        Assert.Equal(["总体要求", "主要目标", "重点工作", "实施步骤", "保障措施"], Services.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Services_plan_cites_two_ministry_notices_by_number()
    {
        var numbers = Services.Citations.Where(c => c.DocNumber is not null).Select(c => c.DocNumber).ToList();
        Assert.Equal(["商资函〔2025〕84号", "商资函〔2026〕5号"], numbers);
    }
}
