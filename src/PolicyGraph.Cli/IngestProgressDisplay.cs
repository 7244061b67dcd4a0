using PolicyGraph.Ingest;
using Spectre.Console;

namespace PolicyGraph.Cli;

/// <summary>
/// Shows the progress of a document load on standard error: a bar on an interactive terminal, plain lines
/// otherwise (redirected output, CI), nothing when the verb asks for quiet (JSON on standard output).
/// </summary>
internal static class IngestProgressDisplay
{
    /// <summary>Plain lines are printed only for corpora large enough to take a noticeable time.</summary>
    public const int LinesThreshold = 20;

    public static IngestResult Run(CliArguments args, TextWriter error, bool quiet, Func<IProgress<IngestProgress>?, IngestResult> load)
    {
        if (quiet) return load(null);
        if (!args.ErrorIsTerminal) return load(new InlineProgress(p => WriteLine(error, p)));
        // The caller has established that stderr is a terminal; Spectre's own detection looks at stdin and stdout as well.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error), Interactive = InteractionSupport.Yes });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading documents", maxValue: 1);
                return load(new InlineProgress(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = $"{p.Done}/{p.Total} files, {Megabytes(p)} MB";
                }));
            });
    }

    /// <summary>One line per tenth of the files (and the last), for corpora of at least <see cref="LinesThreshold"/> files.</summary>
    private static void WriteLine(TextWriter error, IngestProgress p)
    {
        if (p.Total >= LinesThreshold && (p.Done % Math.Max(1, p.Total / 10) == 0 || p.Done == p.Total))
            error.WriteLine($"  {p.Done}/{p.Total} files, {Megabytes(p)} MB");
    }

    private static string Megabytes(IngestProgress p) =>
        (p.BytesRead / 1024.0 / 1024.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reports on the loading thread (unlike <see cref="Progress{T}"/>), so lines appear in order during the load.</summary>
    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
