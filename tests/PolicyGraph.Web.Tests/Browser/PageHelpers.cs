using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>Opening the page the way a user does, and the waits and screenshots the browser tests share.</summary>
internal static class PageHelpers
{
    /// <summary>Opens a page and waits until the app says it is ready; any console error or page error fails the test.</summary>
    public static async Task<IPage> OpenAsync(BrowserAppFixture app, string path, int width = 1600, int height = 1000)
    {
        var page = await app.NewPageAsync(width, height);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Empty(problems);
        return page;
    }

    /// <summary>Replaces the console editor's text as a user would: select all, then type (CodeMirror, in its shadow root).</summary>
    public static async Task SetQueryAsync(IPage page, string query)
    {
        var editor = page.Locator("#console .cm-content");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(query);
    }

    /// <summary>Waits until the graph shows nodes.</summary>
    public static Task WaitForGraphAsync(IPage page) => page.WaitForFunctionAsync("() => cy.nodes().length > 0");

    public static async Task ScreenshotAsync(IPage page, ITestOutputHelper output, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"policygraph-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>A double-quoted literal valid in JavaScript and in CSS attribute selectors (ids hold CJK text).</summary>
    public static string JsString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
