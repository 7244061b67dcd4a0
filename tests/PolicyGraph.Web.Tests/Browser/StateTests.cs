using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;
using static PolicyGraph.Web.Tests.Browser.PageHelpers;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>View state a user can share and undo: links and browser history reproduce views with their expansions
/// and filters; an empty or filtered-out view says why; panels and counts follow the view; a narrow window works.</summary>
public class StateTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    private const string VisibleNodeIds = "() => cy.nodes().filter(n => n.visible()).map(n => n.id()).sort()";

    [ChromiumFact]
    public async Task Back_and_forward_walk_through_the_views_the_user_opened()
    {
        var agency = await TopAgencyAsync();
        var portfolio = await app.Api.GetJsonAsync($"/api/queries/agency-portfolio?agency={Uri.EscapeDataString((string)agency["id"]!)}");
        var roles = await app.Api.GetJsonAsync("/api/queries/responsibility-roles");
        var page = await OpenAsync(app, "/");
        var startNodes = await page.EvaluateAsync<int>("() => cy.nodes().length");

        await page.ClickAsync($"#details .intro li[data-id={JsString((string)agency["id"]!)}] button");
        await page.WaitForFunctionAsync("() => location.search.includes('view=agency-portfolio')");
        await page.ClickAsync("details[data-query=responsibility-roles] summary");
        await page.ClickAsync("form[data-query=responsibility-roles] button[type=submit]");
        await page.WaitForFunctionAsync($"() => location.search.includes('view=responsibility-roles') && cy.nodes().length === {roles["answer"]!["elements"]!["nodes"]!.Count()}");

        await page.GoBackAsync();
        await page.WaitForFunctionAsync($"() => location.search.includes('view=agency-portfolio') && cy.nodes().length === {portfolio["answer"]!["elements"]!["nodes"]!.Count()}");
        await page.GoBackAsync();
        await page.WaitForFunctionAsync($"() => !location.search.includes('view=agency-portfolio') && cy.nodes().length === {startNodes}");
        await page.GoForwardAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('view=agency-portfolio')");
        await Assertions.Expect(page.Locator("#table table.results tbody tr")).ToHaveCountAsync(portfolio["answer"]!["rows"]!.Count());
    }

    [ChromiumFact]
    public async Task A_shared_link_with_expansions_hidden_nodes_and_filters_reproduces_the_view_in_a_fresh_browser()
    {
        var agency = await TopAgencyAsync();
        var page = await OpenAsync(app, "/?view=agency-portfolio&p.agency=" + Uri.EscapeDataString((string)agency["id"]!));
        var measure = await page.EvaluateAsync<string>("() => cy.nodes('[label = \"Measure\"]').first().id()");
        var before = await page.EvaluateAsync<int>("() => cy.nodes().length");

        await page.EvaluateAsync($"() => cy.getElementById({JsString(measure)}).select()");
        await page.ClickAsync("#details button[data-action=expand]");
        await page.WaitForFunctionAsync($"() => cy.nodes().length > {before}");
        await page.UncheckAsync("#filters input[type=checkbox][value=Section]");
        var hidden = await page.EvaluateAsync<string>(
            $"() => cy.nodes().filter(n => n.id() !== {JsString(measure)} && n.data('label') === 'Measure').first().id()");
        await page.EvaluateAsync($"() => {{ cy.$(':selected').unselect(); cy.getElementById({JsString(hidden)}).select(); }}");
        await page.ClickAsync("[data-command=hide]");
        var expected = await page.EvaluateAsync<string[]>(VisibleNodeIds);
        var link = new Uri(page.Url).PathAndQuery;
        output.WriteLine($"shared link: {Uri.UnescapeDataString(link)}");

        var fresh = await OpenAsync(app, link);

        Assert.Equal(expected, await fresh.EvaluateAsync<string[]>(VisibleNodeIds));
        Assert.DoesNotContain(hidden, expected);
        Assert.False(await fresh.IsCheckedAsync("#filters input[type=checkbox][value=Section]"));
        Assert.True(await fresh.EvaluateAsync<bool>($"() => cy.getElementById({JsString(hidden)}).hasClass('hidden')"));
        await ScreenshotAsync(fresh, output, "shared-link");
    }

    [ChromiumFact]
    public async Task A_filter_that_hides_every_node_says_so_and_offers_to_clear_it()
    {
        var overview = await app.Api.GetJsonAsync("/api/overview");
        var page = await OpenAsync(app, "/");
        var shownZones = await page.EvaluateAsync<string[]>("() => cy.nodes('[label = \"Zone\"]').map(n => n.id())");
        var absentZone = overview["zones"]!.First(z => !shownZones.Contains((string)z["id"]!));

        await page.SelectOptionAsync("#filters select[name=zoneId]", (string)absentZone["id"]!);

        var message = page.Locator("#graph-message[data-reason=filtered]");
        await Assertions.Expect(message).ToBeVisibleAsync();
        await Assertions.Expect(message).ToContainTextAsync((string)absentZone["name"]!);
        Assert.Contains("zone=", page.Url, StringComparison.Ordinal);
        await message.Locator("button").ClickAsync();
        await page.WaitForFunctionAsync("() => cy.nodes(':visible').length > 0");
        await Assertions.Expect(page.Locator("#graph-message")).ToBeHiddenAsync();
    }

    [ChromiumFact]
    public async Task A_view_that_finds_nothing_says_so()
    {
        var page = await OpenAsync(app, "/?view=agency-portfolio&p.agency=" + Uri.EscapeDataString("agency:no such agency"));

        await Assertions.Expect(page.Locator("#graph-message[data-reason=empty]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => cy.nodes().length"));
    }

    [ChromiumFact]
    public async Task A_value_only_console_answer_keeps_the_graph_and_the_status_counts_follow_each_step()
    {
        var page = await OpenAsync(app, "/");
        var nodes = await page.EvaluateAsync<int>("() => cy.nodes().length");

        await SetQueryAsync(page, "RETURN 1 + 1 AS two");
        await page.ClickAsync("#console button[type=submit]");

        await Assertions.Expect(page.Locator("#table table.results thead th")).ToHaveTextAsync(["two"]);
        await Assertions.Expect(page.Locator("#table table.results tbody td")).ToHaveTextAsync(["2"]);
        Assert.Equal(nodes, await page.EvaluateAsync<int>("() => cy.nodes().length"));
        await page.EvaluateAsync("() => cy.nodes().first().select()");
        await page.ClickAsync("[data-command=hide]");
        var visible = await page.EvaluateAsync<int>("() => cy.nodes(':visible').length");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"{visible} 节点");
    }

    [ChromiumFact]
    public async Task The_details_panel_never_describes_a_node_the_new_view_does_not_show()
    {
        var page = await OpenAsync(app, "/");
        var node = await page.EvaluateAsync<string>("() => cy.nodes().first().id()");
        await page.EvaluateAsync($"() => cy.getElementById({JsString(node)}).select()");
        await Assertions.Expect(page.Locator("#details header h2")).ToBeVisibleAsync();

        await page.ClickAsync("[data-command=wholeGraph]");
        await page.WaitForFunctionAsync("() => cy.nodes().length > 300");

        await Assertions.Expect(page.Locator("#details header")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#details p.hint").First).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task Switching_language_keeps_what_the_user_typed_into_a_view_form()
    {
        var page = await OpenAsync(app, "/");
        var input = page.Locator("form[data-query=agency-portfolio] input[name=agency]");
        await page.ClickAsync("details[data-query=agency-portfolio] summary");
        await input.FillAsync("福州");

        await page.ClickAsync("#language-toggle");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("PolicyGraph");
        Assert.Equal("福州", await input.InputValueAsync());
    }

    [ChromiumFact]
    public async Task At_1024_by_700_the_graph_keeps_a_usable_area()
    {
        var page = await OpenAsync(app, "/", 1024, 700);

        var size = await page.EvaluateAsync<double[]>("() => [cy.width(), cy.height()]");

        output.WriteLine($"graph at 1024×700: {size[0]:0}×{size[1]:0} px");
        Assert.True(size[0] >= 512, $"graph width {size[0]} px is under half the window");
        Assert.True(size[1] >= 315, $"graph height {size[1]} px is under 45% of the window");
        await ScreenshotAsync(page, output, "narrow");
    }

    private async Task<JToken> TopAgencyAsync() =>
        (await app.Api.GetJsonAsync("/api/queries/agencies-ranked"))["answer"]!["rows"]![0]![0]!;
}
