using System.CommandLine;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>check [--seeds DIR] [--strict]</c>: prints the consistency report — body/table disagreements, unresolved
/// names, measures without an agency, per-document coverage, numbered lines and table rows not in the graph,
/// documents naming units the graph does not hold, stated totals against extracted counts, likely duplicates.
/// With --strict the exit code is 1 when anything is reported other than coverage and duplicates.
/// </summary>
public sealed class CheckCommand : ICliCommand
{
    public string Name => "check";

    public string Summary => "Print the consistency report of the documents.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Seeds(),
        CliOptions.Reference(),
        CliOptions.Switch("--strict", "Exit with code 1 when anything other than likely duplicates is reported."),
    ];

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var result = IngestRunner.Load(args, error);
        var report = result.Consistency;
        WriteDisagreements(output, report);
        WriteUnresolved(output, report);
        WriteWithoutAgency(output, report);
        WriteCoverage(output, report);
        WriteUnplaced(output, report);
        WriteUnitsNotInGraph(output, report);
        WriteJurisdictionUnknown(output, report);
        var names = AgencyNameReport.FromGraph(result.Graph, IngestRunner.Options(args, args.SeedsDirectory).Gazetteer!);
        WriteAgencyNames(output, names);
        WriteTotals(output, report);
        WriteDuplicates(output, report);
        var problems = report.Disagreements.Count + report.UnresolvedNames.Count + report.MeasuresWithoutAgency.Count
            + report.Totals.Count(t => !t.Matches) + report.Unplaced.Count + report.UnitsNamedButNoneAssigned.Count() + report.JurisdictionUnknown.Count()
            + names.Findings.Count(f => f.Outcome == NameOutcome.Altered);
        return Task.FromResult(args.Has("strict") && problems > 0 ? 1 : 0);
    }

    private static void WriteDisagreements(TextWriter output, ConsistencyReport report)
    {
        output.WriteLine($"body vs table disagreements: {report.Disagreements.Count}");
        foreach (var d in report.Disagreements)
        {
            output.WriteLine($"  {d.SourceFile} measure {d.Seq} {d.Field} (body line {d.BodyLine}, table line {d.TableLine}): " +
                $"body only [{string.Join("、", d.BodyOnly)}], table only [{string.Join("、", d.TableOnly)}]");
        }
    }

    private static void WriteUnresolved(TextWriter output, ConsistencyReport report)
    {
        output.WriteLine($"unresolved names: {report.UnresolvedNames.Count}");
        foreach (var u in report.UnresolvedNames)
            output.WriteLine($"  {u.SourceFile}:{u.Line} {u.Kind} '{u.AsWritten}' kept as '{u.AssignedName}'");
    }

    private static void WriteWithoutAgency(TextWriter output, ConsistencyReport report)
    {
        output.WriteLine($"measures with no agency where their document assigns agencies to the others: {report.MeasuresWithoutAgency.Count}");
        foreach (var m in report.MeasuresWithoutAgency)
            output.WriteLine($"  {m.SourceFile}:{m.Line} measure {m.Seq} {m.Title}");
    }

    /// <summary>Per document, always: items found and where they went, table rows and how they paired, items with an agency.</summary>
    private static void WriteCoverage(TextWriter output, ConsistencyReport report)
    {
        var documents = report.Coverage.OrderBy(c => c.SourceFile, StringComparer.Ordinal).ToList();
        output.WriteLine("measures and requirements naming an agency, by document:");
        foreach (var c in documents) output.WriteLine($"  {c.SourceFile}: {c.ItemsWithAgency} of {c.Measures + c.Requirements}");
        output.WriteLine("coverage by document (body items: found, in graph as measures + requirements, reported; table rows: paired, standalone, dropped):");
        foreach (var c in documents)
        {
            output.WriteLine($"  {c.SourceFile}: items {c.ItemsFound} found, {c.ItemsInGraph} in graph ({c.Measures - c.RowsStandalone} + " +
                $"{c.Requirements}), {c.Reported} reported; table rows {c.TableRows}: {c.RowsPaired} paired, {c.RowsStandalone} standalone, {c.RowsDropped} dropped");
        }
    }

    /// <summary>Names qualified, left as written (and why), merged from several forms, and roles stated or not.</summary>
    private static void WriteAgencyNames(TextWriter output, AgencyNameReport report)
    {
        foreach (var outcome in new[] { NameOutcome.Qualified, NameOutcome.AsWritten, NameOutcome.Alias, NameOutcome.Altered })
        {
            var findings = report.Findings.Where(f => f.Outcome == outcome).ToList();
            output.WriteLine($"agency names {outcome}: {findings.Count}");
            foreach (var f in findings)
                output.WriteLine($"  '{f.AsWritten}' → '{f.Canonical}' ({f.Reason})");
        }
        output.WriteLine($"agencies reached from several written forms: {report.Merges.Count}");
        foreach (var m in report.Merges)
            output.WriteLine($"  {m.Canonical} ← [{string.Join("、", m.Forms)}] in {m.Documents} document(s)");
        var stated = report.EdgesByRole.Where(r => r.Key != AgencyNameReport.NotStated).Sum(r => r.Value);
        output.WriteLine($"responsibility roles: {stated} stated, {report.EdgesByRole.GetValueOrDefault(AgencyNameReport.NotStated)} not stated "
            + $"({string.Join(", ", report.EdgesByRole.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"))})");
    }

    private static void WriteUnplaced(TextWriter output, ConsistencyReport report)
    {
        output.WriteLine($"numbered lines and table rows not in the graph: {report.Unplaced.Count}");
        foreach (var u in report.Unplaced)
            output.WriteLine($"  {u.SourceFile}:{u.Line} {u.Text} — {u.Reason}");
    }

    private static void WriteUnitsNotInGraph(TextWriter output, ConsistencyReport report)
    {
        var flagged = report.UnitsNamedButNoneAssigned.ToList();
        output.WriteLine($"documents naming responsible units while the graph assigns none: {flagged.Count}");
        foreach (var c in flagged)
            output.WriteLine($"  {c.SourceFile}:{c.UnitsNamedLine} names '{c.UnitsNamedWord}' but none of its {c.Measures + c.Requirements} items has an agency");
    }

    private static void WriteJurisdictionUnknown(TextWriter output, ConsistencyReport report)
    {
        var unknown = report.JurisdictionUnknown.ToList();
        output.WriteLine($"documents whose jurisdiction is unknown while they name agencies by a level word: {unknown.Count}");
        foreach (var c in unknown)
            output.WriteLine($"  {c.SourceFile}: jurisdiction unknown: {c.UnqualifiedLevelNames} names starting with a level word left unqualified");
    }

    private static void WriteTotals(TextWriter output, ConsistencyReport report)
    {
        output.WriteLine($"stated totals: {report.Totals.Count} checked, {report.Totals.Count(t => !t.Matches)} do not match");
        foreach (var t in report.Totals)
            output.WriteLine($"  {(t.Matches ? "ok      " : "MISMATCH")} {t.SourceFile}:{t.Line} {t.Label}: stated {t.Stated}, extracted {t.Extracted}");
    }

    private static void WriteDuplicates(TextWriter output, ConsistencyReport report)
    {
        output.WriteLine($"likely duplicates across documents: {report.LikelyDuplicates.Count}");
        foreach (var d in report.LikelyDuplicates)
            output.WriteLine($"  {d.Score:F3} {d.FromTitle} ~ {d.ToTitle} ({d.FromId} ~ {d.ToId})");
    }
}
