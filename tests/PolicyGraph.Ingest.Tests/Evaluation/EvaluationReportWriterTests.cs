using Newtonsoft.Json.Linq;
using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

public class EvaluationReportWriterTests
{
    private static EvaluationReport Report()
    {
        var graph = new HandBuiltGraph().Document("a.txt");
        graph.Unit(graph.Item("a.txt", 1, "推进跨境电商发展", section: "一、主要任务"), "市商务局", "南宁市商务局");
        var gold = new GoldDocument("a.txt", "city", "南宁市", "test", [
            new GoldItem(1, "一、主要任务", "measure", "推进跨境电商发展", [new("市商务局", "南宁市商务局", "lead")], null, [], null, null),
            new GoldItem(2, "一、主要任务", "measure", "建设边境贸易加工园区", [], null, [], null, null)]);
        return Evaluator.Evaluate(graph.Build(), [], [gold]);
    }

    [Fact]
    public void Json_carries_the_counts_and_figures_of_every_field()
    {
        var json = JObject.Parse(EvaluationReportWriter.ToJson(Report()));
        Assert.Equal(EvaluationFields.All, ((JObject)json["overall"]!).Properties().Select(p => p.Name));
        Assert.Equal((1, 0, 1), ((int)json["overall"]!["items"]!["tp"]!, (int)json["overall"]!["items"]!["fp"]!, (int)json["overall"]!["items"]!["fn"]!));
        Assert.Equal(0.6667, (double)json["overall"]!["items"]!["f1"]!);
        Assert.Equal(["items", "roles"], json["misses"]!.Select(m => (string)m["field"]!).Order(StringComparer.Ordinal));
        Assert.Equal(2, (int)json["lostWithoutCheck"]![0]!["number"]!);
    }

    [Fact]
    public void Text_lists_each_miss_with_its_section()
    {
        var output = new StringWriter();
        EvaluationReportWriter.WriteText(output, Report());
        var text = output.ToString();
        Assert.Contains("a.txt #1 (一、主要任务) roles: gold [南宁市商务局：lead] extracted []", text);
        Assert.Contains("items lost without a check line: 1", text);
    }
}
