using System.CommandLine;
using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>eval --docs DIR --gold DIR [--json OUT] [--only LIST]</c>: loads the documents (or only those LIST names), compares the graph with the hand-made gold
/// and prints precision, recall and F1 per field, per format and per document, and every miss (docs/evaluation.md).
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    public string Name => "eval";

    public string Summary => "Score the graph against hand-made gold: precision, recall and F1 per field, and every miss.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.RequiredText("--docs", "DIR", "Folder of the documents to load."),
        CliOptions.RequiredText("--gold", "DIR", "Folder of the gold files (<document>.gold.json)."),
        CliOptions.Text("--json", "OUT", "Also write the report as JSON to this file."),
        CliOptions.Text("--only", "LIST", "Load and score only the documents named in this file (one file name a line, # comments)."),
    ];

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var docs = args.Require("docs");
        var gold = args.Require("gold");
        EvaluationReport report;
        try
        {
            var only = args.Get("only") is { } list ? DocumentList.Read(list, docs, gold) : null;
            report = Evaluator.Run(docs, gold, only: only);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or GoldFormatException)
        {
            throw new CliUsageException(ex.Message);
        }
        EvaluationReportWriter.WriteText(output, report);
        if (args.Get("json") is { } json) WriteJson(json, report);
        return Task.FromResult(0);
    }

    private static void WriteJson(string path, EvaluationReport report)
    {
        try
        {
            File.WriteAllText(path, EvaluationReportWriter.ToJson(report));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write the JSON report '{path}': {ex.Message}");
        }
    }
}
