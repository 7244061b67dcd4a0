using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class LayoutVariantTests
{
    private static readonly ParsedDocument Plan = TestCorpus.ParseText(LayoutVariants.ZhangzhouPlan);

    [Fact]
    public void Reads_a_chinese_numeral_date_and_crlf_lines()
    {
        Assert.Equal(new DateOnly(2024, 3, 1), Plan.Metadata.IssuedOn);
        Assert.Equal(("漳州市推进数字经济发展行动方案", "漳州市人民政府"), (Plan.Metadata.Title, Plan.Metadata.Issuer));
        Assert.Equal(Genres.ImplementationPlan, Plan.Metadata.Genre);
    }

    [Fact]
    public void Arabic_headings_hold_parenthesised_measures()
    {
        Assert.Equal(["总体目标", "重点任务"], Plan.Sections.Select(s => s.Title));
        Assert.All(Plan.Measures, m => Assert.Equal("2", m.SectionPath));
        Assert.Equal(["建设数据中心", "培育数字企业"], Plan.Measures.Select(m => m.Title));
        Assert.Equal(11, Plan.Measures[1].Line);
    }

    [Fact]
    public void Table_columns_are_matched_by_name_not_position()
    {
        var second = Plan.Measures[1].Table!;
        Assert.Equal(("培育数字企业", "漳州市", "市商务局"), (second.Title, second.Scope, second.Units));
        Assert.Equal("市商务局、市发改委", Plan.Measures[1].Body!.Units);
    }
}

public class SpaceAlignedTableTests
{
    [Fact]
    public void Reads_a_table_whose_columns_are_aligned_with_spaces()
    {
        var doc = TestCorpus.ParseText(
            "莆田市某项工作实施方案\n\n一、重点任务\n\n（一）推进试点。开展相关工作。（实施范围：全市，责任单位：市商务局）\n\n" +
            "附件\n\n序号   主要内容     推广范围   责任单位\n1      推进试点     莆田市     市商务局、市财政局\n");
        var table = Assert.Single(doc.Measures).Table!;
        Assert.Equal(("推进试点", "莆田市", "市商务局、市财政局", 10), (table.Title, table.Scope, table.Units, table.Line));
    }
}

public class PairingTests
{
    [Fact]
    public void Pairs_in_order_when_the_body_restarts_numbering_but_the_table_runs_on()
    {
        var doc = TestCorpus.ParseText(
            "南平市某项工作实施方案\n\n一、开放合作\n\n（一）建设物流园区。推进园区建设。（实施范围：全市，责任单位：市商务局）\n\n" +
            "（二）发展跨境电商。培育电商企业。（实施范围：全市，责任单位：市商务局）\n\n二、保障措施\n\n" +
            "（一）强化资金保障。安排专项资金。（实施范围：全市，责任单位：市财政局）\n\n附件\n\n" +
            "序号\t主要内容\t责任单位\n1\t建设物流园区\t市商务局\n2\t发展跨境电商\t市商务局\n3\t强化资金保障\t市财政局、市发改委\n");
        Assert.Equal(3, doc.Measures.Count);
        Assert.All(doc.Measures, m => Assert.Equal(m.Title, m.Table!.Title));
        Assert.Equal("市财政局、市发改委", doc.Measures[2].Table!.Units);
    }
}

public class ClauseVariantTests
{
    [Fact]
    public void Reads_a_clause_with_units_before_scope()
    {
        var doc = TestCorpus.ParseText("厦门市某项工作实施方案\n\n一、重点任务\n\n（一）推进试点。开展相关工作。（责任单位：市商务局、市财政局；实施范围：全市）\n");
        var body = Assert.Single(doc.Measures).Body!;
        Assert.Equal(("市商务局、市财政局", "全市"), (body.Units, body.Scope));
        Assert.Equal("开展相关工作", doc.Measures[0].Text.Split('。')[1]);
    }

    [Fact]
    public void Takes_the_lead_agency_from_the_text_when_there_is_no_clause()
    {
        var doc = TestCorpus.Parse(TestCorpus.FuzhouServicesPlan);
        var publicity = doc.Requirements.Single(m => m.Title == "加大宣传力度"); // a paragraph of 保障措施
        Assert.Equal("市委宣传部、市服开办", publicity.Body!.Units);
        Assert.Equal(("由市委宣传部、市服开办牵头", 34), (publicity.Body.Quote, publicity.Body.Line));
    }
}
