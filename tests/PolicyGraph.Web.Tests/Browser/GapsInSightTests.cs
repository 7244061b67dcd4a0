using Microsoft.Playwright;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>Gaps in plain sight: an agency's portfolio, one search and one click from the start page, shows the
/// coverage of every document beside the answer; the check report is a panel whose findings lead to their lines.</summary>
public class GapsInSightTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    [ChromiumFact]
    public async Task One_search_and_one_click_open_a_portfolio_whose_panel_shows_each_documents_coverage()
    {
        // The agency named in the most documents, from the graph's own answer.
        var row = (await app.Api.PostCypherAsync("""
            MATCH (a:Agency)-[:RESPONSIBLE_FOR]->()<-[:CONTAINS]-(d:Document)
            RETURN a.id AS id, a.name AS name, count(DISTINCT d) AS documents ORDER BY documents DESC, id LIMIT 1
            """))["rows"]![0]!;
        var (id, name) = ((string)row[0]!, (string)row[1]!);
        var coverage = (await app.Api.GetJsonAsync("/api/coverage")).ToDictionary(c => (string)c["documentId"]!);
        var portfolio = (await app.Api.GetJsonAsync($"/api/queries/agency-portfolio?agency={Uri.EscapeDataString(id)}"))["answer"]!["rows"]!;
        var page = await OpenAsync(app, "/");

        await page.FillAsync("#search input", name);
        await page.ClickAsync($"#search li[data-id={JsString(id)}]");


        var table = page.Locator("#details .portfolio-coverage table");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(portfolio.Count());
        foreach (var document in portfolio.Select(r => (string)r[0]!["id"]!))
        {
            var cells = table.Locator($"tr[data-document={JsString(document)}]");
            foreach (var key in new[] { "items", "withUnits", "withScope", "withDeadline" })
                await Assertions.Expect(cells.Locator($"td[data-coverage={key}]")).ToHaveTextAsync(((int)coverage[document][key]!).ToString());
        }
        // A count of zero is marked as a gap.
        Assert.Equal(
            portfolio.Sum(r => new[] { "items", "withUnits", "withScope", "withDeadline" }.Count(k => (int)coverage[(string)r[0]!["id"]!][k]! == 0)),
            await table.Locator("td.gap").CountAsync());
        await ScreenshotAsync(page, output, "portfolio-coverage");
    }

    [ChromiumFact]
    public async Task Every_finding_of_the_check_panel_links_to_its_source_lines()
    {
        var report = await app.Api.GetJsonAsync("/api/check");
        var findings = report["findings"]!.ToArray();
        Assert.NotEmpty(findings);
        var page = await OpenAsync(app, "/");

        await page.ClickAsync("[data-command=check]");

        var rows = page.Locator("#table table.check tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(findings.Length);
        for (var i = 0; i < findings.Length; i++)
            await Assertions.Expect(rows.Nth(i).Locator("button.link")).ToHaveCountAsync(findings[i]["lines"]!.Count());
        var first = findings.First(f => f["lines"]!.Any());
        await rows.Nth(Array.IndexOf(findings, first)).Locator("button.link").First.ClickAsync();

        await Assertions.Expect(page.Locator("#reader")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#reader .line.focus[data-line='{(int)first["lines"]![0]!}']")).ToBeVisibleAsync();
        Assert.Contains("read=" + Uri.EscapeDataString((string)first["documentId"]!), page.Url, StringComparison.Ordinal);
    }
}
