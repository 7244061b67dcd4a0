using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class TaskTableVariantTests
{
    private static readonly ParsedDocument LeadAndSupport = TestCorpus.ParseText(VariantDocuments.LeadAndSupportTable);
    private static readonly ParsedDocument TaskAndMeasure = TestCorpus.ParseText(VariantDocuments.TaskAndMeasureColumns);

    [Fact]
    public void A_key_task_column_is_the_measure_text_and_pairs_with_the_body()
    {
        Assert.Equal(2, LeadAndSupport.Measures.Count);
        var first = LeadAndSupport.Measures[0];
        Assert.Equal(("推进跨境电商综合试验区建设", 19), (first.Table!.Title, first.Table.Line));
        Assert.Equal("推进跨境电商综合试验区建设。完善跨境电商线上综合服务平台。", first.Table.Text);
    }

    [Fact]
    public void Lead_and_supporting_columns_give_every_unit_with_its_role()
    {
        var table = LeadAndSupport.Measures[0].Table!;
        Assert.Equal("市商务局、市财政局、市税务局", table.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局"), new RoleUnits(UnitRoles.Supporting, "市财政局、市税务局")], table.Roles);
    }

    [Fact]
    public void A_deadline_column_is_kept_as_written()
    {
        Assert.Equal(["2025年6月底前", "持续推进"], LeadAndSupport.Measures.Select(m => m.Table!.Deadline));
        Assert.Equal(["2024年6月底前", "2024年底前"], TaskAndMeasure.Measures.Select(m => m.Table!.Deadline));
    }

    [Fact]
    public void A_title_does_not_swallow_the_preamble_below_it()
    {
        Assert.Equal("成都市推进自由贸易试验区制度创新若干措施的实施方案", LeadAndSupport.Metadata.Title);
        Assert.Equal(Genres.ImplementationPlan, LeadAndSupport.Metadata.Genre);
    }

    [Fact]
    public void With_two_task_columns_the_first_names_the_measure_and_the_second_states_it()
    {
        Assert.Equal(2, TaskAndMeasure.Measures.Count);
        var second = TaskAndMeasure.Measures[1].Table!;
        Assert.Equal(("优化企业开办服务", "压缩企业开办时间至1个工作日以内。"), (second.Title, second.Text));
        Assert.Equal("市市场监管局、市税务局", second.Units);
        Assert.Empty(second.Roles);
    }

    [Fact]
    public void A_units_cell_with_role_words_gives_lead_and_supporting_units()
    {
        var table = TestCorpus.ParseText(VariantDocuments.LabelledBrackets).Measures[0].Table!;
        Assert.Equal("市商务局、市财政局、市税务局", table.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局"), new RoleUnits(UnitRoles.Supporting, "市财政局、市税务局")], table.Roles);
    }
}
