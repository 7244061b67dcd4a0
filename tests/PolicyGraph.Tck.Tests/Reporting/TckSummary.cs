using System.Text;

namespace PolicyGraph.Tck.Tests.Reporting;

/// <summary>
/// A Markdown table of passed / failed / total per TCK sub-folder, once over all scenarios and once without the
/// temporal and procedure (CALL) scenarios. "Failed" includes expected failures, which are also shown apart.
/// </summary>
public static class TckSummary
{
    public static string Render(IReadOnlyCollection<ScenarioOutcome> outcomes)
    {
        var text = new StringBuilder()
            .AppendLine("# openCypher TCK results")
            .AppendLine()
            .AppendLine("| folder | passed | failed | of which expected | total | passed excl. temporal+CALL | failed excl. | total excl. |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var folder in outcomes.GroupBy(o => o.Scenario.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
            text.AppendLine(Row(folder.Key, folder.ToArray()));
        text.AppendLine(Row("**total**", outcomes.ToArray()));
        return text.ToString();
    }

    private static string Row(string label, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        var core = outcomes.Where(o => !o.Scenario.UsesTemporalOrProcedures).ToArray();
        var passed = outcomes.Count(o => o.Passed);
        var expected = outcomes.Count(o => !o.Passed && o.ExpectedToFail);
        var corePassed = core.Count(o => o.Passed);
        return $"| {label} | {passed} | {outcomes.Count - passed} | {expected} | {outcomes.Count} | " +
               $"{corePassed} | {core.Length - corePassed} | {core.Length} |";
    }
}
