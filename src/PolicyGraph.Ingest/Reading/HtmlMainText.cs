using AngleSharp.Dom;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Finds a page's main text by structure and text density only (never by a site's class or id names): page
/// furniture elements and ARIA landmarks are removed, then the container is the deepest element that still holds
/// <see cref="ContainerShare"/> of the page's text outside links, widened by up to two parents when they add little
/// text (so a title or date line beside the body comes along, a sidebar or footer does not). Layout tables are
/// searched through like boxes.
/// </summary>
internal sealed class HtmlMainText
{
    private const double ContainerShare = 0.75;
    private const double WideningShare = 0.10;
    private const int MaxWidening = 2;

    private static readonly string[] FurnitureTags =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "select", "button", "input", "svg", "object", "embed", "menu"];

    private static readonly string[] FurnitureRoles = ["navigation", "banner", "contentinfo", "menu", "menubar", "search", "complementary"];

    /// <summary>Text outside links per element, counted once: the container search and the link-list test ask often.</summary>
    private readonly Dictionary<INode, int> _textOutsideLinks = [];

    public static void RemoveFurniture(IElement body)
    {
        var furniture = body.QuerySelectorAll(string.Join(',', FurnitureTags))
            .Concat(body.QuerySelectorAll("[role]").Where(e => FurnitureRoles.Contains(e.GetAttribute("role")?.Trim().ToLowerInvariant())))
            .Concat(body.QuerySelectorAll("[hidden]"))
            .ToList();
        foreach (var element in furniture) element.Remove();
    }

    public IElement FindContainer(IElement body)
    {
        var total = TextOutsideLinks(body);
        if (total == 0) return body;
        var container = body;
        while (!IsWhole(container) && container.Children.FirstOrDefault(c => TextOutsideLinks(c) >= ContainerShare * total) is { } inner)
            container = inner;
        for (var i = 0; i < MaxWidening && container != body && container.ParentElement is { } parent; i++)
        {
            if (TextOutsideLinks(parent) - TextOutsideLinks(container) > WideningShare * total) break;
            container = parent;
        }
        return container;
    }

    /// <summary>
    /// A table or list is read whole: its rows and items are not containers of their own. A table that holds
    /// another table or a heading lays out the page (old government sites put menu, sidebar and article in cells)
    /// and is searched like any other box.
    /// </summary>
    private static bool IsWhole(IElement element) => element.LocalName switch
    {
        "table" => !IsLayoutTable(element),
        "ul" or "ol" or "dl" or "p" => true,
        _ => false,
    };

    private static bool IsLayoutTable(IElement table) => table.QuerySelector("table, h1, h2, h3, h4, h5, h6") is not null;

    /// <summary>Letters and digits of the element's text that are not inside a link.</summary>
    public int TextOutsideLinks(INode node)
    {
        if (node is IText text) return CountLetters(text.Data);
        if (node is IElement { LocalName: "a" }) return 0;
        if (_textOutsideLinks.TryGetValue(node, out var known)) return known;
        var sum = 0;
        foreach (var child in node.ChildNodes) sum += TextOutsideLinks(child);
        return _textOutsideLinks[node] = sum;
    }

    /// <summary>A list or box mostly of links (a menu, "related articles", share buttons): not main text.</summary>
    public bool IsLinkList(IElement element)
    {
        if (element.LocalName is "p" or "table" or "td" or "th" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") return false;
        if (IsListOfLinks(element)) return true;
        var links = element.QuerySelectorAll("a").Length;
        if (links < 3) return false;
        var all = CountLetters(element.TextContent);
        return all > 0 && TextOutsideLinks(element) < 0.4 * all;
    }

    /// <summary>
    /// A list whose every item is a link and nothing else (attached files, related documents): furniture even with
    /// two items, where a box of mixed text needs three links. A policy's own numbered points are text, not links.
    /// </summary>
    private bool IsListOfLinks(IElement element) =>
        element.LocalName is "ul" or "ol" && element.Children.Length >= 2
        && element.Children.All(item => item.LocalName == "li" && item.QuerySelector("a") is not null && TextOutsideLinks(item) == 0);

    private static int CountLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) count++;
        }
        return count;
    }
}
