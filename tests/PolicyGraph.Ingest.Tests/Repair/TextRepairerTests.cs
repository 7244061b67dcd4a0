using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Repair;

public class TextRepairerTests
{
    private static IReadOnlyList<LogicalLine> Repair(string text) => TextRepairer.Repair(SourceText.FromString("t.txt", text)).Lines;

    [Fact]
    public void Rejoins_a_word_split_by_a_page_break_and_keeps_both_line_numbers()
    {
        var lines = Repair("（一）深化合作。支持银行开展业务，探索更多数字人民币应用场景。（实施范围：福州市，责任单位：市委金融办、自贸试验区福州片区管\n\n委会）\n");
        var line = Assert.Single(lines);
        Assert.EndsWith("福州片区管委会）", line.Text);
        var at = line.Text.IndexOf("委会", StringComparison.Ordinal);
        Assert.Equal((1, 3), (line.LineAt(at - 1), line.LineAt(at)));
    }

    [Fact]
    public void Rejoins_after_an_open_bracket_and_before_a_closing_one()
    {
        Assert.Equal("16.“易（e）用电”供电服务体系", Assert.Single(Repair("16.“易（\ne）用电”供电服务体系\n")).Text);
        Assert.Equal("支持企业开展业务（试点）", Assert.Single(Repair("支持企业开展业务（试点\n\n）\n")).Text);
    }

    [Fact]
    public void A_label_line_closing_the_bracket_the_line_before_left_open_is_its_rest()
    {
        var lines = Repair("8.建设检验检测中心，提升口岸防控能力。（责任\n单位：省卫生健康委，青云海关）\n二、保障措施\n");
        Assert.Equal(["8.建设检验检测中心，提升口岸防控能力。（责任单位：省卫生健康委，青云海关）", "二、保障措施"], lines.Select(l => l.Text));
        // A label line that leaves the bracket open, or follows a line with no open bracket, stands on its own.
        Assert.Equal(2, Repair("8.建设检验检测中心（试点\n附件：任务清单\n").Count);
        Assert.Equal(2, Repair("8.建设检验检测中心。\n附件：任务清单）\n").Count);
    }

    [Fact]
    public void Rejoins_a_clause_that_stops_inside_a_bracket()
    {
        var lines = Repair("（四十七）加强生物多样性保护。开展宣传活动，建设鸟类监测点。（实施范围：\n\n福州市，责任单位：市林业局）\n");
        Assert.Equal("（四十七）加强生物多样性保护。开展宣传活动，建设鸟类监测点。（实施范围：福州市，责任单位：市林业局）", Assert.Single(lines).Text);
    }

    [Fact]
    public void Keeps_headings_signatures_dates_and_numbered_items_apart()
    {
        var text = "一、总体要求\n\n为贯彻落实有关部署精神，结合本市实际情况，制定本方案。\n\n附件：任务分工表\n\n泉州市人民政府\n\n2024年3月1日\n";
        var lines = Repair(text).Select(l => l.Text).ToList();
        Assert.Equal(["一、总体要求", "为贯彻落实有关部署精神，结合本市实际情况，制定本方案。", "附件：任务分工表", "泉州市人民政府", "2024年3月1日"], lines);
    }

    [Fact]
    public void Joins_a_list_item_name_wrapped_onto_the_next_line_but_not_the_next_item()
    {
        var lines = Repair("6.对台货运船舶\n“直通车”服务\n\n7.空港入境旅客预检系统\n").Select(l => l.Text).ToList();
        Assert.Equal(["6.对台货运船舶“直通车”服务", "7.空港入境旅客预检系统"], lines);
    }

    [Fact]
    public void Does_not_join_short_lines_across_blank_lines()
    {
        var lines = Repair("前 言\n\n“十四五”时期是关键时期。\n").Select(l => l.Text).ToList();
        Assert.Equal(["前 言", "“十四五”时期是关键时期。"], lines);
    }

    [Fact]
    public void Normalises_punctuation_for_parsing_but_quotes_the_original()
    {
        var line = Assert.Single(Repair("(实施范围:福州市,责任单位:市商务局) 规模1,000家\n"));
        Assert.Equal("（实施范围：福州市，责任单位：市商务局） 规模1,000家", line.Text);
        Assert.Equal("(实施范围:福州市,责任单位:市商务局)", line.Quote(0, 20));
    }

    [Fact]
    public void Strips_formatting_tags_and_keeps_other_markup_as_text_with_a_warning()
    {
        var repaired = TextRepairer.Repair(SourceText.FromString("t.txt", "<p><b>标题。</b>说明<br>文字</p>\n说明<script>alert(1)</script>文字\n"));
        Assert.Equal("标题。说明 文字", repaired.Lines[0].Text);
        Assert.Equal("说明<script>alert(1)</script>文字", repaired.Lines[1].Original);
        var warning = Assert.Single(repaired.Diagnostics);
        Assert.Equal((DiagnosticCodes.SuspiciousMarkup, 2), (warning.Code, warning.Line));
    }

    [Fact]
    public void Keeps_trailing_tabs_so_a_table_section_row_stays_a_table_row()
    {
        var lines = Repair("序号\t内容\t责任单位\n一、加快服务贸易扩大开放\t\t\n1\t措施\t市商务局\n");
        Assert.All(lines, l => Assert.True(l.IsTableRow));
        Assert.Equal(3, lines.Count);
    }

    [Theory]
    [InlineData("成都市推进自由贸易试验区制度创新若干措施的实施方案\n\n为贯彻落实有关精神，结合我市实际，制定本方案。\n")]
    [InlineData("成都市推进自由贸易试验区制度创新若干措施的实施方案\n为贯彻落实有关精神，结合我市实际，制定本方案。\n")]
    [InlineData("四川省自贸办关于发布四川自贸试验区第七批最佳实践案例的通知\n\n现将第七批最佳实践案例印发你们，请认真学习借鉴。\n")]
    public void A_document_title_stays_apart_from_the_preamble(string text)
    {
        Assert.Equal(2, Repair(text).Count);
    }

    [Fact]
    public void A_sentence_broken_after_a_document_word_is_still_rejoined()
    {
        var lines = Repair("各地要结合实际，认真组织实施本方案\n\n，确保各项措施落地见效。\n");
        Assert.Equal("各地要结合实际，认真组织实施本方案，确保各项措施落地见效。", Assert.Single(lines).Text);
    }
}
