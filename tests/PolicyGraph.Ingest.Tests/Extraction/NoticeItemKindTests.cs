using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// A notice that hands on a numbered task table: its own numbered paragraphs, under no heading, say how to carry the
/// table out and are requirements (docs/evaluation.md, "Session 10: units and subjects"). Made-up notices.
/// </summary>
public class NoticeItemKindTests
{
    private const string Body = """
        某部 某局关于做好会展工作的通知

        各省、自治区、直辖市商务主管部门：

        现就有关事项通知如下。

        一、充分认识会展工作的重要意义。各地要把会展工作作为重要抓手。

        二、抓好重点任务落实。各有关部门要按照附件分工细化措施。

        附件：会展重点任务分工表

        某部 某局

        2025年4月30日

        附件

        会展重点任务分工表

        序号	重点任务	具体内容	牵头单位	完成时限
        1	建设会展中心	建成会展中心二期。	某部	2025年底前
        2	培育品牌展会	认定一批品牌展会。	某局	持续推进
        3	优化配套服务	提升周边接待能力。	某部	2026年底前
        """;

    [Fact]
    public void Numbered_paragraphs_under_no_heading_beside_a_numbered_task_table_are_requirements()
    {
        var parsed = TestCorpus.ParseText(Body);
        Assert.Equal(["充分认识会展工作的重要意义", "抓好重点任务落实"], parsed.Requirements.Select(r => r.Title));
        Assert.Equal(["建设会展中心", "培育品牌展会", "优化配套服务"], parsed.Measures.Select(m => m.Title));
    }

    [Fact]
    public void Paragraphs_stating_their_own_units_beside_an_annex_table_stay_measures()
    {
        var parsed = TestCorpus.ParseText(Body
            .Replace("各地要把会展工作作为重要抓手。", "对参展企业给予补助。（责任单位：市商务局）", StringComparison.Ordinal)
            .Replace("各有关部门要按照附件分工细化措施。", "建设展会服务平台。（责任单位：市财政局）", StringComparison.Ordinal));
        Assert.Empty(parsed.Requirements);
        Assert.Contains(parsed.Measures, m => m.Title == "充分认识会展工作的重要意义");
    }

    [Fact]
    public void A_task_table_numbered_by_markers_in_its_task_cells_is_handed_on_as_one_with_a_number_column()
    {
        // No 序号 column: each task cell opens with its item marker, which numbers the row.
        var parsed = TestCorpus.ParseText(Body
            .Replace("序号\t重点任务\t具体内容\t牵头单位\t完成时限", "重点任务\t具体内容\t牵头单位\t完成时限", StringComparison.Ordinal)
            .Replace("1\t建设会展中心", "1．建设会展中心", StringComparison.Ordinal)
            .Replace("2\t培育品牌展会", "2．培育品牌展会", StringComparison.Ordinal)
            .Replace("3\t优化配套服务", "3．优化配套服务", StringComparison.Ordinal));
        Assert.Equal(["充分认识会展工作的重要意义", "抓好重点任务落实"], parsed.Requirements.Select(r => r.Title));
        Assert.Equal(["建设会展中心", "培育品牌展会", "优化配套服务"], parsed.Measures.Select(m => m.Title));
    }

    [Fact]
    public void A_table_with_no_more_rows_than_the_paragraphs_is_no_task_table_they_hand_on()
    {
        var parsed = TestCorpus.ParseText(Body.Replace("3	优化配套服务	提升周边接待能力。	某部	2026年底前", "", StringComparison.Ordinal));
        Assert.Empty(parsed.Requirements);
    }

    [Fact]
    public void Without_a_task_table_the_same_paragraphs_stay_measures()
    {
        var parsed = TestCorpus.ParseText(Body[..Body.IndexOf("附件：", StringComparison.Ordinal)]);
        Assert.Empty(parsed.Requirements);
        Assert.Equal(["充分认识会展工作的重要意义", "抓好重点任务落实"], parsed.Measures.Select(m => m.Title));
    }

    [Fact]
    public void A_paragraph_the_table_lists_as_a_task_stays_a_measure()
    {
        var parsed = TestCorpus.ParseText(Body.Replace("一、充分认识会展工作的重要意义。", "一、建设会展中心。", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Requirements, r => r.Title == "建设会展中心");
        Assert.Equal(["抓好重点任务落实"], parsed.Requirements.Select(r => r.Title));
    }
}
