using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>The document beside the graph: the reader's highlights lead to the graph and back; an edge shows its body
/// clause and its annex-table row; a document's panel shows how much was extracted. Entities come from the graph's
/// own answers (the console), never from names in the test.</summary>
public class ReaderTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    [ChromiumFact]
    public async Task A_highlighted_unit_in_the_reader_opens_its_edge_in_the_graph_and_back_returns_to_the_line()
    {
        var row = await FirstRowAsync("""
            MATCH (d:Document)-[:CONTAINS]->(m:Measure)<-[r:RESPONSIBLE_FOR]-(a:Agency)
            WHERE 'body' IN r.sources
            RETURN d.id AS document, r.line AS line ORDER BY d.id, r.line LIMIT 1
            """);
        var document = (string)row[0]!;
        var line = (int)row[1]!;
        var page = await OpenAsync(app, $"/?read={Uri.EscapeDataString(document)}&line={line}");
        await Assertions.Expect(page.Locator("#reader")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#reader .line.focus[data-line='{line}']")).ToBeVisibleAsync();
        // The reader's text is the document's text: every line the source endpoint serves, in order.
        var source = await app.Api.GetJsonAsync($"/api/source/{Uri.EscapeDataString(document)}");
        await Assertions.Expect(page.Locator("#reader .reader-text .line")).ToHaveCountAsync(source["lines"]!.Count());

        // A unit highlighted on its own words (not by the clause stating it, which reads differently).
        var unit = page.Locator("#reader mark.fact.unit:not(.by-quote)").First;
        var edgeId = (await unit.GetAttributeAsync("data-element"))!;
        var written = (await unit.TextContentAsync())!;
        var unitLine = await unit.EvaluateAsync<string>("m => m.closest('.line').dataset.line");
        await ScreenshotAsync(page, output, "reader");
        await unit.ClickAsync();

        await page.WaitForFunctionAsync($"() => cy.getElementById({JsString(edgeId)}).selected()");
        await Assertions.Expect(page.Locator("#reader")).ToBeHiddenAsync();
        Assert.Contains("focus=", page.Url, StringComparison.Ordinal);
        Assert.Equal(written, await page.EvaluateAsync<string>($"() => cy.getElementById({JsString(edgeId)}).data('props').asWritten"));
        await page.ClickAsync("#details button[data-action=back-to-text]");

        await Assertions.Expect(page.Locator("#reader")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#reader .line.focus[data-line='{unitLine}']")).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task Reader_shows_document_text_as_text_never_as_markup()
    {
        var document = (string)(await FirstRowAsync("MATCH (d:Document) WHERE d.sourceFile IS NOT NULL RETURN d.id ORDER BY d.id LIMIT 1"))[0]!;
        var page = await OpenAsync(app, $"/?read={Uri.EscapeDataString(document)}");
        await Assertions.Expect(page.Locator("#reader .reader-text .line").First).ToBeVisibleAsync();

        // Only the reader's own elements: line rows, numbers, text spans and fact marks.
        var foreign = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#reader .reader-text *')]
              .map(e => e.tagName.toLowerCase()).filter(tag => !['div', 'span', 'mark'].includes(tag))
            """);
        Assert.Empty(foreign);
    }

    [ChromiumFact]
    public async Task An_edge_stated_in_body_and_table_shows_both_quotes_with_both_lines()
    {
        var row = await FirstRowAsync("""
            MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure)
            WHERE 'body' IN r.sources AND 'table' IN r.sources AND m.tableLine IS NOT NULL
            RETURN m.id, r.quote, r.line, m.tableLine, a.id ORDER BY m.id LIMIT 1
            """);
        var (measure, quote, line, tableLine, agency) = ((string)row[0]!, (string)row[1]!, (int)row[2]!, (int)row[3]!, (string)row[4]!);
        var edge = $"RESPONSIBLE_FOR:{agency}->{measure}";
        var page = await OpenAsync(app, $"/?focus={Uri.EscapeDataString(measure)}&select={Uri.EscapeDataString(edge)}");

        var body = page.Locator("#details .source-block[data-source=body]");
        var table = page.Locator("#details .source-block[data-source=table]");
        await Assertions.Expect(body.Locator("blockquote.quote")).ToHaveTextAsync(quote);
        Assert.Equal(line.ToString(), await body.GetAttributeAsync("data-line"));
        Assert.Equal(tableLine.ToString(), await table.GetAttributeAsync("data-line"));
        await Assertions.Expect(table.Locator($".source-lines .line[data-line='{tableLine}']")).ToHaveCountAsync(1);
        await Assertions.Expect(body.Locator($".source-lines .line[data-line='{line}']")).ToHaveCountAsync(1);
        // Both-source edges are drawn unlike single-source ones, and the legend says what the outline means.
        Assert.True(await page.EvaluateAsync<bool>($"() => cy.getElementById({JsString(edge)}).hasClass('src-both')"));
        await Assertions.Expect(page.Locator("#legend [data-entry='src-both']")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, output, "edge-both-sources");
    }

    [ChromiumFact]
    public async Task A_document_panel_shows_its_coverage_and_a_gap_reads_as_a_gap()
    {
        // The document whose items have no units stated, with the most items: its coverage must say 0 of N.
        var row = await FirstRowAsync("""
            MATCH (d:Document)-[:CONTAINS]->(m:Measure)
            WITH d, count(m) AS items, sum(CASE WHEN COUNT { (m)<-[:RESPONSIBLE_FOR]-() } > 0 THEN 1 ELSE 0 END) AS withUnits
            RETURN d.id, items, withUnits ORDER BY withUnits, items DESC LIMIT 1
            """);
        var (document, items, withUnits) = ((string)row[0]!, (int)row[1]!, (int)row[2]!);
        var page = await OpenAsync(app, $"/?view=document-outline&p.document={Uri.EscapeDataString(document)}&select={Uri.EscapeDataString(document)}");

        var coverage = page.Locator("#details .coverage-view");
        await Assertions.Expect(coverage).ToHaveAttributeAsync("data-measures", items.ToString());
        await Assertions.Expect(coverage.Locator("tr[data-coverage=withUnits]")).ToContainTextAsync($"{withUnits} / {items}");
        var unitsRow = coverage.Locator("tr[data-coverage=withUnits]");
        if (withUnits == 0)
            await Assertions.Expect(unitsRow).ToHaveClassAsync("gap");
        else
            await Assertions.Expect(unitsRow).Not.ToHaveClassAsync("gap");
        await ScreenshotAsync(page, output, "coverage");
    }

    [ChromiumFact]
    public async Task Facts_the_text_does_not_state_in_their_own_words_are_marked_by_their_clause_or_listed_as_not_located()
    {
        // The document with the most such facts, found through the API (the seeds have units named only through a
        // shared suffix, e.g. 仓山区、马尾区人民政府).
        var documents = (await app.Api.GetJsonAsync("/api/overview"))["documents"]!.Select(d => (string)d["id"]!);
        var facts = await Task.WhenAll(documents.Select(async d => (Id: d, Facts: (await app.Api.GetJsonAsync($"/api/documents/{Uri.EscapeDataString(d)}/facts"))["facts"]!.ToArray())));
        static bool ByQuote(JToken f) => (string?)f["located"] == "quote";
        static bool NotLocated(JToken f) => !f["spans"]!.Any();
        var (document, all) = facts.OrderByDescending(d => d.Facts.Count(f => ByQuote(f) || NotLocated(f))).First();
        var byQuote = all.Where(ByQuote).ToArray();
        var notLocated = all.Where(NotLocated).ToArray();
        Assert.True(byQuote.Length + notLocated.Length > 0, "no seed document has a fact whose words are missing from its line");

        var page = await OpenAsync(app, $"/?read={Uri.EscapeDataString(document)}");
        await Assertions.Expect(page.Locator("#reader .reader-text .line").First).ToBeVisibleAsync();

        await Assertions.Expect(page.Locator("#reader .unplaced.by-quote li")).ToHaveCountAsync(byQuote.Length);
        await Assertions.Expect(page.Locator("#reader .unplaced.not-located li")).ToHaveCountAsync(notLocated.Length);
        // A clause highlight is framed unlike a fact's own words and marks text of the clause as the line has it (facts
        // found by their own words inside the clause keep their own highlight).
        foreach (var fact in byQuote.Take(3))
        {
            var marks = page.Locator($"#reader .line[data-line='{(int)fact["line"]!}'] mark.by-quote");
            await Assertions.Expect(marks.First).ToBeVisibleAsync();
            var quote = (string)fact["quote"]!;
            Assert.Contains(await marks.AllTextContentsAsync(), text => text.Length > 0 && quote.Contains(text, StringComparison.Ordinal));
        }
        await ScreenshotAsync(page, output, "reader-unplaced");
    }

    private async Task<JToken> FirstRowAsync(string query)
    {
        var answer = await app.Api.PostCypherAsync(query);
        return answer["rows"]!.First();
    }
}
