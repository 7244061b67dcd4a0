using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PolicyGraph.Web.Tests.Browser;

/// <summary>Opening the page the way a user does, and the waits and screenshots the browser tests share.</summary>
internal static class PageHelpers
{
    /// <summary>Opens a page and waits until the app says it is ready; any console error or page error fails the test.</summary>
    public static async Task<IPage> OpenAsync(BrowserAppFixture app, string path)
    {
        var page = await app.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Empty(problems);
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, ITestOutputHelper output, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"policygraph-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>A double-quoted literal valid in JavaScript and in CSS attribute selectors (ids hold CJK text).</summary>
    public static string JsString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
