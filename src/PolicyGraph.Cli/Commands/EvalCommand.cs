using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>eval --docs DIR --gold DIR [--json OUT]</c>: loads the documents, compares the graph with the hand-made gold
/// and prints precision, recall and F1 per field, per format and per document, and every miss (docs/evaluation.md).
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    public string Name => "eval";

    public string Summary => "Score the graph against hand-made gold: --docs DIR --gold DIR [--json OUT]";

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var docs = args.Require("docs");
        var gold = args.Require("gold");
        EvaluationReport report;
        try
        {
            report = Evaluator.Run(docs, gold);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or GoldFormatException)
        {
            throw new CliUsageException(ex.Message);
        }
        EvaluationReportWriter.WriteText(output, report);
        if (args.Get("json") is { } json) File.WriteAllText(json, EvaluationReportWriter.ToJson(report));
        return Task.FromResult(0);
    }
}
