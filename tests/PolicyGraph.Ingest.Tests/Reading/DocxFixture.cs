using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyGraph.Ingest.Tests.Reading;

/// <summary>Writes small .docx files in memory with OpenXml: styled and auto-numbered paragraphs, merged table cells.</summary>
internal sealed class DocxFixture
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(int NumId, string Format, string LevelText, string? Format2, string? LevelText2)> _lists = [];

    /// <summary>Declares list <paramref name="numId"/>: level 0 (and optionally level 1) format and lvlText.</summary>
    public DocxFixture List(int numId, string format, string levelText, string? format2 = null, string? levelText2 = null)
    {
        _lists.Add((numId, format, levelText, format2, levelText2));
        return this;
    }

    public DocxFixture Paragraph(string text, string? style = null, int? numId = null, int level = 0)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (numId is { } id) properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = id }));
        _body.Add(new Paragraph(properties, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A table; a cell written "text|span=N" spans N grid columns, "|restart" / "|continue" merges vertically.</summary>
    public DocxFixture Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row) tableRow.Append(Cell(cell));
            table.Append(tableRow);
        }
        _body.Add(table);
        return this;
    }

    private static TableCell Cell(string spec)
    {
        var parts = spec.Split('|');
        var properties = new TableCellProperties();
        foreach (var option in parts.Skip(1))
        {
            if (option.StartsWith("span=", StringComparison.Ordinal)) properties.Append(new GridSpan { Val = int.Parse(option[5..]) });
            else if (option == "restart") properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
            else if (option == "continue") properties.Append(new VerticalMerge());
        }
        return new TableCell(properties, new Paragraph(new Run(new Text(parts[0]))));
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                HeadingStyle("Title", "Title", null),
                HeadingStyle("Heading1", "heading 1", null),
                HeadingStyle("Outline2", "Custom outline", 1));
            if (_lists.Count > 0) main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        }
        return stream.ToArray();
    }

    private static Style HeadingStyle(string id, string name, int? outline)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (outline is { } level) style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        return style;
    }

    private Numbering Numbering()
    {
        var numbering = new Numbering();
        foreach (var list in _lists)
        {
            var abstractNum = new AbstractNum { AbstractNumberId = list.NumId };
            abstractNum.Append(Level(0, list.Format, list.LevelText));
            if (list.Format2 is not null) abstractNum.Append(Level(1, list.Format2, list.LevelText2!));
            numbering.Append(abstractNum);
        }
        foreach (var list in _lists)
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = list.NumId }) { NumberID = list.NumId });
        return numbering;
    }

    private static Level Level(int index, string format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
        new LevelText { Val = text })
    { LevelIndex = index };
}
