using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Layout rules found by the blind set of 2026-12-07 (docs/evaluation.md): decimal outlines, labelled case numbers,
/// 【】 notes, points introduced by a colon, closing owners after a comma, label lines under an item, table parts
/// that restart their numbering. Each document is made up for the rule; none copies a corpus document.
/// </summary>
public class BlindLayoutTests
{
    private static IReadOnlyList<ParsedMeasure> Items(string text) => TestCorpus.ItemsOf(text);

    [Fact]
    public void A_decimal_outline_numbers_items_under_bare_number_headings_with_or_without_a_space()
    {
        var items = Items("""
            某市会展经济发展工作措施

            1 壮大会展主体

            1.1 引进会展企业。引进国际知名会展企业3家。【责任单位：市商务局、市贸促会】

            1.2 培育本地品牌。支持本地展会申请国际认证。【牵头单位：市贸促会；配合单位：市商务局】

            2组织保障

            2.1 健全推进机制。市会展工作领导小组统筹推进各项工作。
            """);
        Assert.Equal([(1, ItemKinds.Measure), (2, ItemKinds.Measure), (1, ItemKinds.Requirement)], items.Select(i => (i.Seq, i.Kind)));
        Assert.Equal("市商务局、市贸促会", items[0].Body!.Units);
        Assert.Contains(new RoleUnits(UnitRoles.Lead, "市贸促会"), items[1].Body!.Roles);
        Assert.Equal("市会展工作领导小组", items[2].Body!.Units);
    }

    [Fact]
    public void A_number_with_a_measure_word_after_it_starts_no_outline_item()
    {
        var items = Items("""
            某市外贸工作要点

            一、稳定规模

            （一）扩大出口。全年出口额力争达到
            1.5万亿元，增长百分之五。
            """);
        Assert.Single(items);
    }

    [Fact]
    public void Cases_numbered_with_a_label_word_are_items_with_their_labelled_lines()
    {
        var items = Items("""
            某省自由贸易试验区第二批制度创新案例

            案例一：仓单质押融资新模式

            报送单位：某片区管委会

            创新点：依托区块链生成电子仓单。

            案例二：跨境数据核验服务

            报送单位：某市数据局、某海关

            创新点：在数据不出境前提下完成核验。
            """);
        Assert.Equal([1, 2], items.Select(i => i.Seq));
        Assert.Equal("跨境数据核验服务", items[1].Title);
        Assert.Equal("某市数据局、某海关", items[1].Body!.Units);
    }

    [Fact]
    public void Points_after_a_colon_belong_to_their_article_with_the_units_line_after_them()
    {
        var items = Items("""
            某省促进会展业发展实施细则

            第一章 支持措施

            第一条 支持会展企业落户。对新落户的会展企业给予以下支持：
            （一）给予一次性落户奖励；
            （二）给予三年租金补贴。
            责任单位：省商务厅、省财政厅。

            第二条 培育品牌展会。每年认定品牌展会10个。
            """);
        Assert.Equal([1, 2], items.Select(i => i.Seq));
        Assert.Contains("给予三年租金补贴", items[0].Text);
        Assert.Equal("省商务厅、省财政厅", items[0].Body!.Units);
    }

    [Theory]
    [InlineData("推进展馆建设，某市会展集团有限公司负责。", "某市会展集团有限公司", null)]
    [InlineData("推进展馆建设，省商务厅、省发展改革委按职责分工负责。", "省商务厅、省发展改革委", null)]
    [InlineData("推进展馆建设，省商务厅牵头，省财政厅配合。", "省商务厅、省财政厅", UnitRoles.Lead)]
    public void Owners_closing_the_last_clause_after_a_comma_are_units(string sentence, string units, string? firstRole)
    {
        var item = Items($"某省会展业发展若干措施\n\n一、建设场馆\n\n（一）完善展馆设施。{sentence}\n").Single();
        Assert.Equal(units, item.Body!.Units);
        Assert.Equal(firstRole, item.Body.Roles.FirstOrDefault()?.Role);
    }

    [Theory]
    [InlineData("推进展馆建设，对省政府负责。")]
    [InlineData("推进展馆建设，向市人民政府负责。")]
    [InlineData("推进展馆建设，支持市会展集团有限公司负责。")]
    [InlineData("推进展馆建设，在省商务厅牵头。")]
    [InlineData("推进展馆建设（对省政府负责）。")]
    [InlineData("推进展馆建设（向市政府负责）。")]
    [InlineData("推进展馆建设（对省政府、省商务厅负责）。")]
    public void A_run_of_names_opening_with_a_verb_or_preposition_names_no_unit(string sentence)
    {
        var item = Items($"某省会展业发展若干措施\n\n一、建设场馆\n\n（一）完善展馆设施。{sentence}\n").Single();
        Assert.Null(item.Body!.Units);
    }

    [Theory]
    [InlineData("推进展馆建设，对外贸易服务中心负责。", "对外贸易服务中心")]
    [InlineData("推进展馆建设（对外经济合作局牵头）。", "对外经济合作局")]
    [InlineData("对外开放办公室统筹推进展馆建设。", "对外开放办公室")]
    [InlineData("推进展馆建设（由省会展办牵头）。", "省会展办")]
    public void A_name_beginning_like_a_clause_opener_or_after_the_agent_preposition_is_a_unit(string sentence, string unit)
    {
        var item = Items($"某省会展业发展若干措施\n\n一、建设场馆\n\n（一）完善展馆设施。{sentence}\n").Single();
        Assert.Equal(unit, item.Body!.Units);
    }

    [Theory]
    [InlineData("某海关指导企业用好通关便利措施。", "某海关")]
    [InlineData("省财政厅统筹安排专项资金。", "省财政厅")]
    [InlineData("省政府督查室将推进情况纳入督查。", "省政府督查室")]
    public void A_sentence_opening_with_a_unit_and_a_subject_word_names_it(string sentence, string unit)
    {
        var item = Items($"某省会展业发展若干措施\n\n一、保障措施\n\n（一）加强保障。{sentence}\n").Single();
        Assert.Equal(unit, item.Body!.Units);
    }

    [Fact]
    public void A_deadline_line_after_the_units_line_is_the_items_deadline()
    {
        var item = Items("""
            某市会展工作任务清单

            一、场馆建设

            1．建成国际会展中心二期。
                责任单位：市会展办、市住建局
                完成时限：2026年6月底前
            """).Single();
        Assert.Equal("市会展办、市住建局", item.Body!.Units);
        Assert.Equal("2026年6月底前", item.Body.Deadline);
    }

    [Fact]
    public void Table_parts_named_by_a_spanning_row_may_restart_their_numbers()
    {
        var items = Items("""
            某市会展工作方案

            序号	工作任务	牵头单位	完成时限
            一、场馆建设	一、场馆建设	一、场馆建设	一、场馆建设
            1	建成会展中心二期	市会展办	2026年底前
            2	完善场馆周边交通	市交通运输局	2025年底前
            二、品牌培育	二、品牌培育	二、品牌培育	二、品牌培育
            1	培育品牌展会	市商务局	持续推进
            """);
        Assert.Equal(["建成会展中心二期", "完善场馆周边交通", "培育品牌展会"], items.Select(i => i.Title));
        Assert.Equal(3, items.Select(i => i.Key).Distinct().Count());
    }

    /// <summary>A saved page holding one table, read by the HTML reader (cells as the page gives them).</summary>
    private static IReadOnlyList<ParsedMeasure> HtmlTableItems(string rows)
    {
        var html = $"<html><body><h1>某市会展工作方案</h1><table>{rows}</table></body></html>";
        var source = new PolicyGraph.Ingest.Reading.DocumentReader(TestCorpus.Options).Decode("plan.html", System.Text.Encoding.UTF8.GetBytes(html)).Text!;
        return DocumentExtractor.Extract(source) is var parsed ? [.. parsed.Measures, .. parsed.Requirements] : [];
    }

    [Fact]
    public void A_task_cell_opening_with_a_number_is_a_row_of_a_table_numbered_by_position()
    {
        // No 序号 column: rows are numbered by position, and a row holding only its task cell is still a row.
        var items = HtmlTableItems("""
            <tr><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
            <tr><td>（一）建成会展中心二期</td><td>市会展办</td><td>2026年底前</td></tr>
            <tr><td>（二）完善场馆周边交通</td><td></td><td></td></tr>
            <tr><td>（三）培育品牌展会</td><td>市商务局</td><td>持续推进</td></tr>
            """);
        Assert.Equal([1, 2, 3], items.Select(i => i.Seq));
        Assert.Contains("完善场馆周边交通", items[1].Title);
    }

    [Fact]
    public void A_lone_part_heading_among_task_rows_of_a_table_numbered_by_position_names_a_part()
    {
        var items = HtmlTableItems("""
            <tr><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
            <tr><td>一、场馆建设</td><td></td><td></td></tr>
            <tr><td>（一）建成会展中心二期</td><td>市会展办</td><td>2026年底前</td></tr>
            <tr><td>（二）完善场馆周边交通</td><td></td><td></td></tr>
            <tr><td>二、品牌培育</td><td></td><td></td></tr>
            <tr><td>（三）培育品牌展会</td><td>市商务局</td><td>持续推进</td></tr>
            """);
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(ItemKinds.Measure, i.Kind));
        Assert.DoesNotContain(items, i => i.Title.Contains("场馆建设", StringComparison.Ordinal) || i.Title.Contains("品牌培育", StringComparison.Ordinal));
        Assert.Equal([1, 2, 3], items.Select(i => i.Seq));
    }

    [Fact]
    public void A_lone_numbered_cell_among_task_rows_numbered_the_same_way_is_a_task_row()
    {
        var items = HtmlTableItems("""
            <tr><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
            <tr><td>一、建成会展中心二期</td><td>市会展办</td><td>2026年底前</td></tr>
            <tr><td>二、完善场馆周边交通</td><td></td><td></td></tr>
            <tr><td>三、培育品牌展会</td><td>市商务局</td><td>持续推进</td></tr>
            <tr><td>四、扩大会展消费</td><td>市商务局</td><td>持续推进</td></tr>
            """);
        Assert.Equal(4, items.Count);
        Assert.Contains("完善场馆周边交通", items[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_part_heading_in_a_table_numbered_by_position_is_reported_by_check()
    {
        var doc = TestCorpus.ParseText("某市会展工作方案\n\n工作任务\t牵头单位\t完成时限\n一、场馆建设\t\t\n（一）建成会展中心二期\t市会展办\t2026年底前\n（二）完善场馆周边交通\t市交通运输局\t2026年底前\n");
        Assert.Equal(2, doc.Measures.Count);
        var reported = Assert.Single(doc.Coverage.Unplaced);
        Assert.Contains("场馆建设", reported.Text, StringComparison.Ordinal);
        Assert.Contains("part heading", reported.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spanning_row_without_a_part_number_is_reported_as_such()
    {
        var doc = TestCorpus.ParseText("某市会展工作方案\n\n序号\t工作任务\t牵头单位\n场馆建设\t场馆建设\t场馆建设\n1\t建成会展中心二期\t市会展办\n");
        Assert.Single(doc.Measures);
        var dropped = Assert.Single(doc.Coverage.Unplaced);
        Assert.Equal(4, dropped.Line);
        Assert.Contains("spanning the table", dropped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_spanning_the_table_names_a_part_and_a_lone_numbered_cell_too_when_it_is_no_row()
    {
        var items = HtmlTableItems("""
            <tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
            <tr><td colspan="4">一、场馆建设</td></tr>
            <tr><td>1</td><td>建成会展中心二期</td><td>市会展办</td><td>2026年底前</td></tr>
            <tr><td></td><td>二、品牌培育</td><td></td><td></td></tr>
            <tr><td>1</td><td>培育品牌展会</td><td>市商务局</td><td>持续推进</td></tr>
            """);
        Assert.Equal(["建成会展中心二期", "培育品牌展会"], items.Select(i => i.Title));
        Assert.Equal(2, items.Select(i => i.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("（牵头单位：市会展办；配合单位：市财政局、市交通运输局）", "市会展办、市财政局、市交通运输局", UnitRoles.Lead)]
    [InlineData("（市会展办、市财政局按职责分工负责）", "市会展办、市财政局", null)]
    public void A_closing_bracket_on_a_line_of_its_own_states_the_units_of_the_item_above(string bracket, string units, string? firstRole)
    {
        var items = Items($"""
            某市会展业发展若干措施

            一、建设场馆

            （一）完善展馆设施。建成会展中心二期，完善周边交通。
            {bracket}

            （二）培育品牌展会。每年认定品牌展会10个。
            """);
        Assert.Equal(2, items.Count);
        Assert.Equal(units, items[0].Body!.Units);
        Assert.Equal(firstRole, items[0].Body!.Roles.FirstOrDefault()?.Role);
        Assert.True(string.IsNullOrEmpty(items[1].Body?.Units));
    }

    [Fact]
    public void A_participating_departments_column_holds_supporting_units()
    {
        var items = HtmlTableItems("""
            <tr><td>序号</td><td>主要举措</td><td>牵头部门</td><td>参与部门</td></tr>
            <tr><td>1</td><td>建成会展中心二期</td><td>市会展办</td><td>市财政局、市交通运输局</td></tr>
            """);
        var roles = Assert.Single(items).Table!.Roles;
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市会展办"), new RoleUnits(UnitRoles.Supporting, "市财政局、市交通运输局")], roles);
    }
}
