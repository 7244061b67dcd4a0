using System.Xml.Linq;
using Microsoft.Playwright;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>The analyst's tools: Cypher completion from the live schema, a query history that survives a reload, and
/// an SVG export that is well-formed XML holding the view's nodes, its title and its legend.</summary>
public class AnalystToolsTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    [ChromiumFact]
    public async Task The_editor_completes_labels_of_the_live_graph()
    {
        var labels = (await app.Api.PostCypherAsync("CALL db.labels()"))["rows"]!.Select(r => (string)r[0]!).ToArray();
        var label = labels.First(l => l.Length > 3);
        var page = await OpenAsync(app, "/");
        await page.WaitForSelectorAsync("#console textarea.cypher[data-schema=loaded]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        // Typing ":" after a node variable opens the completion (as in Neo4j Browser; Ctrl+Space opens it anywhere).
        await SetQueryAsync(page, "MATCH (n");
        await page.Keyboard.TypeAsync(":");

        var options = page.Locator("#console .cm-tooltip-autocomplete li");
        await Assertions.Expect(options.Filter(new LocatorFilterOptions { HasText = label }).First).ToBeVisibleAsync();
        await ScreenshotAsync(page, output, "completion");
    }

    [ChromiumFact]
    public async Task The_path_form_offers_entities_by_name_as_the_user_types()
    {
        var ranked = (await app.Api.GetJsonAsync("/api/queries/agencies-ranked"))["answer"]!["rows"]!;
        var (first, second) = (ranked[0]![0]!, ranked[1]![0]!);
        var page = await OpenAsync(app, "/");
        await page.ClickAsync("details[data-query=shortest-path] summary");

        foreach (var (field, agency) in new[] { ("from", first), ("to", second) })
        {
            var input = page.Locator($"form[data-query=shortest-path] input[name={field}]");
            await input.PressSequentiallyAsync((string)agency["name"]!);
            var option = page.Locator($"datalist#{await input.GetAttributeAsync("list")} option[value={JsString((string)agency["id"]!)}]");
            await Assertions.Expect(option).ToHaveCountAsync(1);
            await input.FillAsync((await option.GetAttributeAsync("value"))!);
        }
        await page.ClickAsync("form[data-query=shortest-path] button[type=submit]");

        await page.WaitForFunctionAsync("() => location.search.includes('view=shortest-path')");
        Assert.True(await page.EvaluateAsync<bool>($"() => cy.getElementById({JsString((string)first["id"]!)}).nonempty()"));
    }

    [ChromiumFact]
    public async Task A_query_run_once_is_in_the_history_after_a_reload()
    {
        var page = await OpenAsync(app, "/");
        const string query = "MATCH (z:Zone) RETURN z.name AS zone ORDER BY zone LIMIT 3";

        await SetQueryAsync(page, query);
        await page.ClickAsync("#console button[type=submit]");
        await Assertions.Expect(page.Locator("#table table.results tbody tr")).ToHaveCountAsync(3);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");

        var remembered = await page.Locator("#console select.history option").AllTextContentsAsync();
        Assert.Contains(query, remembered);
    }

    [ChromiumFact]
    public async Task Svg_export_is_well_formed_and_holds_the_views_nodes_title_and_legend()
    {
        var page = await OpenAsync(app, "/?view=body-annex-disagreement");
        await WaitForGraphAsync(page);
        var names = await page.EvaluateAsync<string[]>("() => cy.nodes(':visible').map(n => n.data('name'))");
        var legend = await page.Locator("#legend .entry").AllTextContentsAsync();
        var title = await page.Locator("#details .intro h2").TextContentAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-command=svg]"));

        var svg = XDocument.Load((await download.PathAsync())!);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        // Wrapped labels carry zero-width spaces at their break opportunities: compare without them.
        var texts = svg.Descendants(ns + "text").Select(t => t.Value.Replace("\u200b", "", StringComparison.Ordinal)).ToArray();
        Assert.Contains(title, texts);
        Assert.All(legend, entry => Assert.Contains(entry, texts));
        // Every node is drawn: a shape per node at least, and labels of the nodes among the texts.
        Assert.True(svg.Descendants(ns + "path").Count() >= names.Length, "fewer shapes than nodes in the view");
        Assert.Contains(texts, text => names.Any(name => text.Length > 1 && name.Contains(text, StringComparison.Ordinal)));
    }
}
