using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyGraph.Ingest.Tests.Reading;

/// <summary>PDFs written in code: Latin-text layouts with PdfPig's writer, Chinese ones and malformed files written by hand.</summary>
internal static class PdfFixtures
{
    /// <summary>Pages of (x, y, text) at 12 pt Helvetica on a 400×400 page.</summary>
    public static byte[] Latin(IEnumerable<IEnumerable<(double X, double Y, string Text)>> pages) =>
        Latin(pages.Select(texts => texts.Select(t => (t.X, t.Y, t.Text, 12.0))));

    /// <summary>Pages of (x, y, text, font size) in Helvetica on a 400×400 page.</summary>
    public static byte[] Latin(IEnumerable<IEnumerable<(double X, double Y, string Text, double Size)>> pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var texts in pages)
        {
            var page = builder.AddPage(400, 400);
            foreach (var (x, y, text, size) in texts) page.AddText(text, size, new PdfPoint(x, y), font);
        }
        return builder.Build();
    }

    /// <summary>
    /// Pages of (x, y, text) in Chinese at <paramref name="size"/> pt on a landscape A4 page. The font is not embedded:
    /// a CID font whose codes are the characters' Unicode values (Identity-H, an identity ToUnicode map), every
    /// character a full em wide and ASCII half an em, which is all a text reader looks at.
    /// </summary>
    public static byte[] Chinese(IEnumerable<IEnumerable<(double X, double Y, string Text)>> pages, double size = 12)
    {
        var pageTexts = pages.Select(p => p.ToList()).ToList();
        const string cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def /CMapType 2 def "
            + "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap "
            + "CMapName currentdict /CMap defineresource pop end end";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", pageTexts.Select((_, i) => $"{6 + 2 * i} 0 R"))}] /Count {pageTexts.Count} >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /FixtureSong /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FixtureSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                + "/FontDescriptor << /Type /FontDescriptor /FontName /FixtureSong /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 "
                + "/Descent -200 /CapHeight 700 /StemV 80 >> /DW 1000 /W [32 126 500] >>",
            $"<< /Length {cmap.Length} >>\nstream\n{cmap}\nendstream",
        };
        for (var i = 0; i < pageTexts.Count; i++)
        {
            var content = new StringBuilder();
            foreach (var (x, y, text) in pageTexts[i])
            {
                var codes = string.Concat(text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
                content.Append(System.Globalization.CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x:F2} {y:F2} Td <{codes}> Tj ET\n");
            }
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> /Contents {7 + 2 * i} 0 R >>");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}endstream");
        }
        return Assemble(objects, "");
    }

    /// <summary>A structurally valid PDF of <paramref name="pages"/> empty pages, optionally with an /Encrypt dictionary.</summary>
    public static byte[] Handwritten(int pages, bool encrypted = false)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{i + 3} 0 R"))}] /Count {pages} >>",
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"));
        var hex32 = new string('A', 64);
        if (encrypted) objects.Add($"<< /Filter /Standard /V 1 /R 2 /O <{hex32}> /U <{hex32}> /P -4 >>");
        return Assemble(objects, encrypted ? $" /Encrypt {objects.Count} 0 R /ID [<{hex32}> <{hex32}>]" : "");
    }

    /// <summary>The objects numbered from 1, the first the catalog, with their cross-reference table and trailer.</summary>
    private static byte[] Assemble(List<string> objects, string trailerExtra)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(text.ToString());
        text.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append($"{offset:D10} 00000 n \n");
        text.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
