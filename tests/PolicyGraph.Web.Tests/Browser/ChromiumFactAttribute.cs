namespace PolicyGraph.Web.Tests.Browser;

/// <summary>
/// A browser test: skipped at discovery, with the reason, when Debian's Chromium is not installed
/// (apt-get install chromium fonts-wqy-microhei). Playwright never downloads a browser of its own.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
            Skip = $"{ChromiumPath} is not installed; browser tests need Debian's chromium package.";
    }
}
