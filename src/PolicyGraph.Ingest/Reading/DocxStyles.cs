using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// What a paragraph style contributes: a heading level (a "heading N" or "Title" style, or an outline level) and
/// numbering, each following the basedOn chain as Word does.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);

    public DocxStyles(StyleDefinitionsPart? part)
    {
        foreach (var style in part?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id) _byId.TryAdd(id, style);
        }
    }

    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant() ?? "";
            if (name == "title") return 1;
            if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name["heading ".Length..], out var level)) return level;
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9) return outline + 1;
        }
        return null;
    }

    public NumberingProperties? Numbering(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n is not null);

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxChain && _byId.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
