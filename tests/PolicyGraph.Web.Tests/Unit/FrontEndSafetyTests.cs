using System.Text.RegularExpressions;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

/// <summary>Guards for the front end's promises that a reviewer would otherwise check by hand.</summary>
public class FrontEndSafetyTests
{
    private static readonly string WebSource = Path.Combine(RepositoryPaths.Root, "web", "src");

    [Fact]
    public void No_front_end_module_renders_strings_as_html()
    {
        var offenders = Directory.EnumerateFiles(WebSource, "*.js", SearchOption.AllDirectories)
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b"))
            .Select(Path.GetFileName)
            .ToArray();

        Assert.NotEmpty(Directory.EnumerateFiles(WebSource, "*.js", SearchOption.AllDirectories));
        Assert.Empty(offenders);
    }

    [Fact]
    public void Page_loads_nothing_from_another_origin()
    {
        var html = File.ReadAllText(Path.Combine(RepositoryPaths.WebProject, "wwwroot", "index.html"));

        Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", html);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
    }
}
