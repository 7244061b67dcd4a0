using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Reads a saved web page with AngleSharp: navigation, header, footer, scripts, styles, forms and link lists are
/// dropped, the main text is the deepest element holding most of the page's non-link text (<see cref="HtmlMainText"/>),
/// and it is walked into headings, paragraphs, list items and tables (rowspan/colspan resolved).
/// </summary>
internal static class HtmlDocumentReader
{
    public static StructuredOutcome Read(string path, ReadOnlySpan<byte> bytes, ReadLimits limits)
    {
        var decoded = HtmlDecoding.Decode(bytes);
        if (decoded is null)
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.BinaryFile, "not text: no encoding decodes this page plausibly.");
        if (HtmlNesting.MaxDepthOf(decoded.Text) > HtmlNesting.MaxDepth)
        {
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.TooDeep,
                $"elements nested more than {HtmlNesting.MaxDepth} deep: not a readable page; not loaded.");
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var page = parser.ParseDocument(decoded.Text);
        if (page.Body is not { } body)
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.NoBodyText, "no body text: the page has no <body>.");
        HtmlMainText.RemoveFurniture(body);
        var mainText = new HtmlMainText();
        var container = mainText.FindContainer(body);
        var walker = new HtmlBlockWalker(limits, mainText);
        walker.WalkRoot(container);
        var blocks = walker.Finish();
        if (limits.Expired)
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.ReadTimeout, "reading the page took longer than the read timeout; not loaded.");
        if (blocks.Count == 0)
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.NoBodyText, "no body text: nothing is left once navigation, scripts, styles and menus are set aside.");
        return new StructuredOutcome(new StructuredDocument(path, DocumentFormats.Html, blocks), decoded.EncodingName, walker.Diagnostics);
    }
}
