using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

public class EvaluatorTests
{
    private const string File = "guangzhou-plan.txt";

    private static GoldDocument Doc(params GoldItem[] items) => new(File, "city", "广州市", "test", items);

    private static GoldItem Item(int number, string title, ItemUnit[]? units = null, string kind = "measure", string? scope = null, string[]? zones = null, string? deadline = null) =>
        new(number, null, kind, title, units ?? [], scope, zones ?? [], null, deadline);

    private static EvaluationReport Evaluate(HandBuiltGraph graph, GoldDocument gold, params IngestDiagnostic[] diagnostics) =>
        Evaluator.Evaluate(graph.Build(), diagnostics, [gold]);

    [Fact]
    public void A_graph_that_says_what_the_gold_says_scores_one_on_every_field_with_values()
    {
        var graph = new HandBuiltGraph().Document(File);
        var id = graph.Item(File, 1, "推进跨境电商发展", deadline: "2025年底前");
        graph.Unit(id, "市商务局", "广州市商务局", "lead").Unit(id, "广州海关", "广州海关", order: 2).Zone(id, "APPLIES_IN", "南沙片区", "广州南沙片区");
        var gold = Doc(Item(1, "推进跨境电商发展。", [new("市商务局", "广州市商务局", "lead"), new("广州海关", "广州海关", null)], scope: "南沙片区", zones: ["广州南沙片区"], deadline: "2025年底前"));
        var report = Evaluate(graph, gold);
        Assert.All(report.Overall.Where(f => f.Value.HasData), f => Assert.Equal(1.0, f.Value.F1));
        Assert.Equal(9, report.Overall.Count(f => f.Value.HasData));
        Assert.Empty(report.Misses);
    }

    [Fact]
    public void A_unit_renamed_by_canonicalisation_counts_against_canonical_units_only()
    {
        var graph = new HandBuiltGraph().Document(File);
        graph.Unit(graph.Item(File, 1, "建设数据交易所"), "市数据局", "广州市数据管理局");
        var report = Evaluate(graph, Doc(Item(1, "建设数据交易所", [new("市数据局", "广州市数据局", null)])));
        Assert.Equal(1.0, report.Overall[EvaluationFields.UnitsAsWritten].F1);
        Assert.Equal(new FieldScore(0, 1, 1), report.Overall[EvaluationFields.UnitsCanonical]);
        var miss = Assert.Single(report.Misses);
        Assert.Equal(new EvaluationMiss(File, 1, null, EvaluationFields.UnitsCanonical, "广州市数据局", "广州市数据管理局"), miss);
    }

    [Fact]
    public void A_role_the_text_does_not_state_is_a_false_positive_and_a_lost_one_a_false_negative()
    {
        var graph = new HandBuiltGraph().Document(File);
        graph.Unit(graph.Item(File, 1, "优化营商环境"), "市发展改革委", "广州市发展改革委", "lead");
        graph.Unit(graph.Item(File, 2, "完善信用体系"), "市政务服务数据管理局", "广州市政务服务数据管理局");
        var gold = Doc(
            Item(1, "优化营商环境", [new("市发展改革委", "广州市发展改革委", null)]),
            Item(2, "完善信用体系", [new("市政务服务数据管理局", "广州市政务服务数据管理局", "lead")]));
        var report = Evaluate(graph, gold);
        Assert.Equal(new FieldScore(0, 1, 1), report.Overall[EvaluationFields.Roles]);
        Assert.Equal(1.0, report.Overall[EvaluationFields.UnitsCanonical].F1);
    }

    [Fact]
    public void A_lost_item_counts_as_lost_without_a_check_line_unless_a_diagnostic_names_it()
    {
        var graph = new HandBuiltGraph().Document(File);
        graph.Item(File, 1, "推进跨境电商发展");
        var gold = Doc(Item(1, "推进跨境电商发展"), Item(2, "完善国际物流体系"), Item(3, "加强组织领导", kind: "requirement"));
        var named = new IngestDiagnostic(DiagnosticSeverity.Warning, File, 40, "PG-CHECK-ITEM", "item （三） at this line was not extracted: no title.");
        var report = Evaluate(graph, gold, named);
        var lost = Assert.Single(report.LostWithoutCheck);
        Assert.Equal((File, 2), (lost.Document, lost.Number));
        Assert.Equal(new FieldScore(1, 0, 2), report.Overall[EvaluationFields.Items]);
        Assert.Contains(new EvaluationMiss(File, 2, null, EvaluationFields.Items, "完善国际物流体系", null), report.Misses);
    }

    [Fact]
    public void A_line_not_in_the_graph_names_an_item_by_its_leading_marker_not_by_a_number_in_its_text()
    {
        var graph = new HandBuiltGraph().Document(File);
        graph.Item(File, 1, "推进跨境电商发展");
        var gold = Doc(Item(1, "推进跨境电商发展"), Item(2, "完善国际物流体系"), Item(3, "加强口岸建设"));
        var quotingANumber = new IngestDiagnostic(DiagnosticSeverity.Info, File, 12, DiagnosticCodes.NotInGraph,
            "落实第三批试点任务和第二批经验 — a numbered table row in no table read");
        var leadingMarker = new IngestDiagnostic(DiagnosticSeverity.Info, File, 30, DiagnosticCodes.NotInGraph,
            "（二）国际物流 — a numbered line not in the graph");
        var report = Evaluate(graph, gold, quotingANumber, leadingMarker);
        var lost = Assert.Single(report.LostWithoutCheck);
        Assert.Equal((File, 3), (lost.Document, lost.Number));
    }

    [Fact]
    public void A_table_row_s_line_names_the_item_of_its_number_cell_not_of_a_number_in_another_cell()
    {
        var graph = new HandBuiltGraph().Document(File);
        var gold = Doc(Item(1, "推进跨境电商发展"), Item(2, "完善国际物流体系"), Item(3, "加强口岸建设"), Item(4, "优化营商环境"));
        var numberCell = new IngestDiagnostic(DiagnosticSeverity.Info, File, 12, DiagnosticCodes.NotInGraph,
            "2 | 建设海外仓 | 3 — a numbered table row in no table read");
        var numberAlone = new IngestDiagnostic(DiagnosticSeverity.Info, File, 20, DiagnosticCodes.NotInGraph,
            "4 — a numbered table row in no table read");
        var numberInText = new IngestDiagnostic(DiagnosticSeverity.Info, File, 30, DiagnosticCodes.NotInGraph,
            "1个中心 — a numbered line not in the graph");
        var range = new IngestDiagnostic(DiagnosticSeverity.Info, File, 40, DiagnosticCodes.NotInGraph,
            "3—5年内建成口岸 — a numbered line not in the graph");
        var report = Evaluate(graph, gold, numberCell, numberAlone, numberInText, range);
        Assert.Equal([1, 3], report.LostWithoutCheck.Select(l => l.Number).Order());
    }

    [Fact]
    public void An_unreadable_document_is_reported_not_loaded_and_its_items_are_not_lost_silently()
    {
        var error = new IngestDiagnostic(DiagnosticSeverity.Error, File, null, DiagnosticCodes.BinaryFile, "not text");
        var report = Evaluate(new HandBuiltGraph(), Doc(Item(1, "推进跨境电商发展")), error);
        var doc = Assert.Single(report.Documents);
        Assert.False(doc.Loaded);
        Assert.Equal(new FieldScore(0, 0, 1), doc.Fields[EvaluationFields.Items]);
        Assert.Empty(report.LostWithoutCheck);
    }

    [Fact]
    public void A_requirement_extracted_as_a_measure_is_a_kind_miss_and_extra_items_are_false_positives()
    {
        var graph = new HandBuiltGraph().Document(File);
        graph.Item(File, 1, "加强组织领导");
        graph.Item(File, 1, "强化督促落实", label: "Requirement");
        var report = Evaluate(graph, Doc(Item(1, "加强组织领导", kind: "requirement")));
        Assert.Equal(new FieldScore(1, 1, 0), report.Overall[EvaluationFields.Items]);
        Assert.Equal(new FieldScore(0, 2, 1), report.Overall[EvaluationFields.Kinds]); // the paired item's wrong kind and the extra item's
        Assert.Contains(new EvaluationMiss(File, 1, null, EvaluationFields.Items, null, "强化督促落实"), report.Misses);
    }

    [Fact]
    public void Figures_are_summed_per_format()
    {
        var graph = new HandBuiltGraph().Document(File);
        graph.Item(File, 1, "推进跨境电商发展");
        var docx = new GoldDocument("chengdu.docx", "city", "成都市", "test", [Item(1, "建设国际铁路港")]);
        var report = Evaluator.Evaluate(graph.Build(), [], [Doc(Item(1, "推进跨境电商发展")), docx]);
        Assert.Equal(["docx", "txt"], report.Formats.Select(f => f.Name));
        Assert.Equal((1, 0), (report.Formats[0].Documents, report.Formats[0].DocumentsLoaded));
        Assert.Equal(0.0, report.Formats[0].Fields[EvaluationFields.Items].F1);
        Assert.Equal(1.0, report.Formats[1].Fields[EvaluationFields.Items].F1);
    }
}
