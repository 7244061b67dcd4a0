using System.Net.Http.Json;
using Microsoft.Playwright;
using PolicyGraph.Web.Queries;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>A view saved from the console appears among the views, runs with its parameter form, and exports as a
/// .cypher file the named-query parser reads; a linked console query waits for the user's click.</summary>
public class SavedViewTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    private const string PortfolioQuery = "MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE a.id = $agency RETURN a, r, m";

    [ChromiumFact]
    public async Task A_query_saved_from_the_console_is_listed_runs_and_exports_a_parseable_cypher_file()
    {
        var ranked = (await app.Api.GetJsonAsync("/api/queries/agencies-ranked"))["answer"]!["rows"]!;
        var agency = (string)ranked[0]![0]!["id"]!;
        var measures = (int)(await app.Api.PostCypherAsync(
            "MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE a.id = $agency RETURN count(r)", new { agency }))["rows"]![0]![0]!;
        var page = await OpenAsync(app, "/");

        await SetQueryAsync(page, PortfolioQuery);
        await page.FillAsync("#console textarea.parameters", $"{{\"agency\": {JsString(agency)}}}");
        await page.FillAsync("#console input[name=viewTitle]", "浏览器 保存的视图");
        await page.ClickAsync("#console [data-action=save-view]");

        var entry = page.Locator("#saved-views details[data-query='浏览器-保存的视图']");
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await entry.Locator("summary").ClickAsync();
        await Assertions.Expect(entry.Locator("input[name=agency]")).ToHaveValueAsync(agency);
        await entry.Locator("button[type=submit]").ClickAsync();

        await page.WaitForFunctionAsync("() => location.search.includes('saved=')");
        await page.WaitForFunctionAsync($"() => cy.edges('[label = \"RESPONSIBLE_FOR\"]').length === {measures}");
        await ScreenshotAsync(page, output, "saved-view");
        var download = await page.RunAndWaitForDownloadAsync(() => entry.Locator("a.export-view").ClickAsync());
        var parsed = QueryFileParser.Parse("浏览器-保存的视图", download.SuggestedFilename, await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.Equal(("浏览器 保存的视图", PortfolioQuery), (parsed.TitleZh, parsed.Cypher));
        Assert.Equal(("agency", (object?)agency), (parsed.Parameters[0].Name, parsed.Parameters[0].Default));
    }

    [ChromiumFact]
    public async Task A_write_query_is_not_saved_and_the_console_names_its_line()
    {
        var page = await OpenAsync(app, "/");

        await SetQueryAsync(page, "MATCH (a:Agency)\nDETACH DELETE a");
        await page.FillAsync("#console input[name=viewTitle]", "不该保存");
        await page.ClickAsync("#console [data-action=save-view]");

        await Assertions.Expect(page.Locator("#console .console-error [role=alert]")).ToContainTextAsync("line 2");
        await Assertions.Expect(page.Locator("#saved-views details[data-query='不该保存']")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task A_linked_console_query_is_shown_in_the_editor_and_runs_only_on_click()
    {
        const string query = "MATCH (z:Zone) RETURN z LIMIT 2";
        var page = await OpenAsync(app, "/?cypher=" + Uri.EscapeDataString(query));

        await Assertions.Expect(page.Locator("#graph-message[data-reason=waiting]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => cy.nodes().length"));
        Assert.Equal(0, await page.Locator("#table table.results tbody tr").CountAsync());
        await page.WaitForSelectorAsync("#console .cm-content");
        Assert.Equal(query, await page.Locator("#console .cm-content").InnerTextAsync());

        await page.ClickAsync("#console button[type=submit]");

        await Assertions.Expect(page.Locator("#table table.results tbody tr")).ToHaveCountAsync(2);
        await page.WaitForFunctionAsync("() => cy.nodes('[label = \"Zone\"]').length === 2");
        await Assertions.Expect(page.Locator("#graph-message")).ToBeHiddenAsync();
    }

    [ChromiumFact]
    public async Task A_linked_saved_view_is_shown_in_its_form_and_runs_only_on_click()
    {
        using var saved = await app.Api.PutAsJsonAsync("/api/views/linked-zones",
            new { title = "链接的视图", answers = "Two zones.", query = "MATCH (z:Zone) RETURN z LIMIT 2", parameters = Array.Empty<object>() });
        Assert.Equal(System.Net.HttpStatusCode.Created, saved.StatusCode);
        var page = await OpenAsync(app, "/?saved=linked-zones");

        await Assertions.Expect(page.Locator("#graph-message[data-reason=waiting]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => cy.nodes().length"));
        var entry = page.Locator("#saved-views details[data-query='linked-zones']");
        await Assertions.Expect(entry).ToHaveAttributeAsync("open", "");

        await entry.Locator("button[type=submit]").ClickAsync();

        await page.WaitForFunctionAsync("() => cy.nodes('[label = \"Zone\"]').length === 2");
        await Assertions.Expect(page.Locator("#graph-message")).ToBeHiddenAsync();
    }
}
