using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Layout rules found by the third blind round of 2026-12-07 (docs/evaluation.md, "Session 9 fixes"): points numbered
/// 一是…二是… inside a section's paragraph, and innovation cases whose units line carries two labels and whose name
/// ends with a novelty note. Each document is made up for the rule; none copies a corpus document.
/// </summary>
public class BlindRound3Tests
{
    private static IReadOnlyList<ParsedMeasure> Items(string text) => TestCorpus.ItemsOf(text);

    private const string PointsUnderSections = """
        某省关于促进会展业发展的实施意见

        一、建设场馆

        场馆是会展业的基础。一是完善展馆设施。建成会展中心二期。（省会展办牵头，省财政厅配合）二是优化周边交通，新增公交线路5条，加密地铁班次。（省交通运输厅负责）

        二、保障措施

        一是加强组织领导。省商务厅要会同有关部门建立协调机制。二是强化资金保障，统筹用好专项资金。
        """;

    [Fact]
    public void Points_numbered_inside_a_sections_paragraph_are_its_items()
    {
        var items = Items(PointsUnderSections);
        Assert.Equal([(1, ItemKinds.Measure), (2, ItemKinds.Measure), (1, ItemKinds.Requirement), (2, ItemKinds.Requirement)],
            items.Select(i => (i.Seq, i.Kind)));
        Assert.Equal(["完善展馆设施", "优化周边交通", "加强组织领导", "强化资金保障"], items.Select(i => i.Title));
        Assert.Equal("省会展办、省财政厅", items[0].Body!.Units);
        Assert.Equal("省交通运输厅", items[1].Body!.Units);
        Assert.Equal("省商务厅", items[2].Body!.Units);
        Assert.DoesNotContain(items, i => i.Text.Contains("基础", StringComparison.Ordinal));
    }

    [Fact]
    public void Points_under_a_preamble_heading_are_goals_not_items()
    {
        var items = Items("""
            某省关于促进会展业发展的实施意见

            一、总体要求

            发展目标是：到2027年，会展业规模明显扩大。一是规则制度衔接更加顺畅。二是场馆设施更加完善。三是品牌展会影响力显著提升。

            二、建设场馆

            场馆是会展业的基础。一是完善展馆设施。（省会展办负责）二是优化周边交通。（省交通运输厅负责）
            """);
        Assert.Equal(["完善展馆设施", "优化周边交通"], items.Select(i => i.Title));
    }

    [Fact]
    public void Points_under_a_plans_section_heading_stay_prose()
    {
        var items = Items("""
            某市会展业发展规划

            第二节 面临形势

            ——主要挑战。一是国际形势错综复杂。二是区域竞争日趋激烈。
            """);
        Assert.Empty(items);
    }

    [Fact]
    public void Points_inside_a_numbered_items_text_stay_its_text()
    {
        var items = Items("""
            某省会展业发展若干措施

            一、建设场馆

            （一）完善展馆设施。一是建成会展中心二期。二是优化周边交通。（省会展办负责）

            （二）培育品牌展会。
            一是认定品牌展会。二是支持展会国际认证。
            """);
        Assert.Equal([1, 2], items.Select(i => i.Seq));
    }

    [Fact]
    public void A_case_heading_with_two_labels_on_its_units_line_is_an_item_whose_novelty_note_is_no_part_of_its_name()
    {
        var parsed = TestCorpus.ParseText("""
            某省自由贸易试验区第二批制度创新成果

            ## 一、在全省复制推广的成果

            ### 案例1：会展物资“一单通关”模式（全国首创）

            申报单位：某片区管委会、省商务厅　　试点片区：某片区

            **主要做法：**展品凭一张清单办理进出境手续。
            """, "cases.md");
        var item = Assert.Single([.. parsed.Measures, .. parsed.Requirements]);
        Assert.Equal("会展物资“一单通关”模式", item.Title);
        Assert.Equal("全国首创", item.Innovation?.Novelty);
        Assert.Equal("某片区", item.Body!.Pilot);
        Assert.Equal("某片区管委会、省商务厅", item.Body!.Units);
        Assert.All(item.Body.Roles, r => Assert.Equal(UnitRoles.Submitting, r.Role));
    }

    [Fact]
    public void Cases_numbered_by_a_label_word_under_two_headings_are_all_cases_of_the_batch()
    {
        var parsed = TestCorpus.ParseText("""
            某省自由贸易试验区第二批制度创新成果

            ## 一、在全省复制推广的成果

            ### 案例1：会展物资“一单通关”模式（全国首创）

            申报单位：某片区管委会

            ### 案例2：展品“保税展示”模式（集成创新）

            申报单位：某片区管委会

            ## 二、在各片区复制推广的成果

            ### 案例3：会展签证“一站办”（全省首创）

            申报单位：省公安厅
            """, "cases.md");
        Assert.Equal(["全国首创", "集成创新", "全省首创"], parsed.Measures.Select(m => m.Innovation?.Novelty));
    }

    [Fact]
    public void A_task_column_before_a_contents_column_names_each_row()
    {
        var items = Items("""
            某市会展工作方案

            序号	工作任务	主要内容	牵头单位
            1	建设场馆	建成会展中心二期，完善周边交通。	市会展办
            2	培育品牌	每年认定品牌展会10个。	市商务局
            """);
        Assert.Equal(["建设场馆", "培育品牌"], items.Select(i => i.Title));
        Assert.Equal("每年认定品牌展会10个。", items[1].Text);
    }

    [Theory]
    [InlineData("责任单位：市会展办、市商务局（按职责分工负责）", "市会展办、市商务局", null)]
    [InlineData("责任单位：市会展办、市财政局、市商务局（市会展办牵头，市财政局、市商务局配合）", "市会展办、市财政局、市商务局", UnitRoles.Lead)]
    public void A_units_line_whose_list_closes_with_a_role_bracket_takes_the_roles_it_states(string line, string units, string? firstRole)
    {
        var item = Items($"""
            某市会展工作任务分工方案

            一、建设场馆

            1、完善展馆设施。建成会展中心二期，完善周边交通。
            {line}
            """).Single();
        Assert.Equal(units, item.Body!.Units);
        Assert.Equal(firstRole, item.Body.Roles.FirstOrDefault()?.Role);
    }

    [Theory]
    [InlineData("责任单位：市会展办、市商务局、市税务局（市会展办牵头）", "市会展办、市商务局、市税务局", "lead:市会展办")]
    [InlineData("责任单位：市会展办、市商务局、市税务局（市会展办牵头，市商务局配合）", "市会展办、市商务局、市税务局", "lead:市会展办|supporting:市商务局")]
    [InlineData("责任单位：市会展办、市商务局（市会展办牵头，市税务局配合）", "市会展办、市商务局、市税务局", "lead:市会展办|supporting:市税务局")]
    public void A_role_bracket_gives_roles_to_the_units_it_names_and_drops_none_of_the_list(string line, string units, string roles)
    {
        var item = Items($"""
            某市会展工作任务分工方案

            一、建设场馆

            1、完善展馆设施。建成会展中心二期，完善周边交通。
            {line}
            """).Single();
        Assert.Equal(units, item.Body!.Units);
        Assert.Equal(roles, string.Join("|", item.Body.Roles.Select(r => r.Role + ":" + r.Names)));
    }

    [Fact]
    public void Numbered_table_rows_in_no_table_read_are_reported_by_check()
    {
        var doc = TestCorpus.ParseText("""
            某省会展工作重点任务清单

            重点任务责任单位

            1．建成会展中心二期。完善场馆设施，提升承载能力。\t第一批
            2．培育品牌展会。每年认定品牌展会10个。\t第二批
            """.Replace(@"\t", "\t", StringComparison.Ordinal), "tasks.txt");
        // A second column naming no unit, place or date: the rows are numbered but nothing says what the table holds.
        Assert.Equal(2, doc.Coverage.Unplaced.Count(u => u.Reason.Contains("in no table read", StringComparison.Ordinal)));
        Assert.Contains(doc.Coverage.Unplaced, u => u.Text.Contains("建成会展中心二期", StringComparison.Ordinal));
    }
}
