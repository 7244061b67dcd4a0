using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public async Task The_report_lists_the_body_annex_disagreements_and_per_document_agency_coverage()
    {
        var (exit, output, _) = await SeedFolder.Run(new CheckCommand());

        Assert.Equal(0, exit);
        // Measure 22 of the Fuzhou replication plan names 市卫健委/市科协 in the body but other units in the annex.
        Assert.Contains(output.Split('\n'), l => l.Contains("replication-plan") && l.Contains("measure 22 agencies") && l.Contains("福州市科协"));
        // Every one of the 48 measures of that plan names its units; the services plan assigns almost none.
        Assert.Contains("fuzhou-ftz-high-standard-rules-replication-plan-2026-draft.txt: 48 of 48", output);
        Assert.Matches(@"fuzhou-services-opening-pilot-plan-2026-draft\.txt: \d of 23", output);
        Assert.Contains("stated totals: 8 checked, 0 do not match", output);
    }
}
