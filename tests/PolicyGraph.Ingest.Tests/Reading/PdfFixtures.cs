using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyGraph.Ingest.Tests.Reading;

/// <summary>PDFs written in code: Latin-text layouts with PdfPig's writer, and hand-written files for malformed cases.</summary>
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
        var encrypt = encrypted ? $" /Encrypt {objects.Count} 0 R /ID [<{hex32}> <{hex32}>]" : "";
        text.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encrypt} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
