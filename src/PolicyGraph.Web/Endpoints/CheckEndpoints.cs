using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Ingest;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Endpoints;

/// <summary>One finding of the consistency report, with the document and the source lines it is about.</summary>
public sealed record CheckFinding(string Kind, string? DocumentId, string SourceFile, IReadOnlyList<int> Lines, string Message);

/// <summary>The consistency report (<c>policygraph check</c>): findings, and how many of each kind.</summary>
public sealed record CheckReport(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<CheckFinding> Findings);

public static class CheckEndpoints
{
    public static RouteGroupBuilder MapCheck(this RouteGroupBuilder api)
    {
        api.MapGet("/check", GetCheck).WithName("GetCheck").CacheOutput(QueryEndpoints.CachePolicy)
            .WithSummary("The consistency report of the loaded documents; every finding names its document and source lines.");
        return api;
    }

    public static async Task<Results<Ok<CheckReport>, ProblemHttpResult>> GetCheck(GraphWorkspace workspace)
    {
        var graph = await workspace.GetAsync();
        if (graph.Check is not { } report)
        {
            return Problems.NotFoundBecause("Check report",
                $"This app reads a graph it did not extract ({graph.Backend.Name}); the report comes with extraction: run `policygraph check` where the documents are.");
        }
        var findings = Findings(report, graph.Reader.Documents).ToArray();
        var counts = findings.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return TypedResults.Ok(new CheckReport(counts, findings));
    }

    private static IEnumerable<CheckFinding> Findings(ConsistencyReport report, DocumentFiles documents)
    {
        CheckFinding Finding(string kind, string file, IReadOnlyList<int> lines, string message) =>
            new(kind, documents.IdOfFile(file), file, lines, message);

        foreach (var d in report.Disagreements)
            yield return Finding("body-table-disagreement", d.SourceFile, [d.BodyLine, d.TableLine],
                $"measure {d.Seq} {d.Field}: body only [{string.Join("、", d.BodyOnly)}], table only [{string.Join("、", d.TableOnly)}]");
        foreach (var u in report.UnresolvedNames)
            yield return Finding("unresolved-name", u.SourceFile, [u.Line], $"{u.Kind} '{u.AsWritten}' kept as '{u.AssignedName}'");
        foreach (var m in report.MeasuresWithoutAgency)
            yield return Finding("measure-without-agency", m.SourceFile, [m.Line], $"measure {m.Seq} '{m.Title}' names no responsible unit");
        foreach (var t in report.Totals.Where(t => !t.Matches))
            yield return Finding("total-mismatch", t.SourceFile, [t.Line], $"states {t.Stated} {t.Label}, {t.Extracted} extracted: {t.Quote}");
        foreach (var u in report.Unplaced)
            yield return Finding("not-in-graph", u.SourceFile, [u.Line], $"{u.Reason}: {u.Text}");
        foreach (var c in report.UnitsNamedButNoneAssigned)
            yield return Finding("units-named-none-assigned", c.SourceFile, [c.UnitsNamedLine!.Value],
                $"the text names units ({c.UnitsNamedWord}) but no item got an agency");
    }
}
