using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyGraph.Benchmarks.Ingestion;

/// <summary>
/// The PDFs the ingestion benchmark reads for pages/s, written in memory with PdfPig: each page has a running header,
/// a "- n -" page number, numbered items of wrapped prose (one continued over the page break) and, on every third
/// page, a four-column table. Text is Latin in Helvetica because no CJK font ships with the product; the reader's work
/// per letter (positions → lines → furniture → tables → paragraphs) is the same.
/// </summary>
public static class PdfCorpus
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 60;
    private const double LineHeight = 16;
    private const int WordsPerLine = 11;

    private static readonly string[] Vocabulary =
    [
        "trade", "customs", "office", "bureau", "pilot", "zone", "measure", "port", "clearance", "digital", "service",
        "finance", "platform", "review", "filing", "logistics", "record", "standard", "permit", "export", "import",
    ];

    public static List<KeyValuePair<string, byte[]>> Build(int documents, int pagesPerDocument)
    {
        var corpus = new List<KeyValuePair<string, byte[]>>(documents);
        for (var d = 0; d < documents; d++)
            corpus.Add(new($"{d:D4}-plan.pdf", Document(new Random(d), pagesPerDocument)));
        return corpus;
    }

    private static byte[] Document(Random random, int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var item = 1;
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageWidth, PageHeight);
            page.AddText("Municipal Trade Facilitation Plan", 9, new PdfPoint(220, PageHeight - 30), font);
            page.AddText($"- {number} -", 9, new PdfPoint(PageWidth / 2 - 10, 25), font);
            var y = PageHeight - Margin;
            if (number % 3 == 0) y = Table(page, font, random, y);
            while (y > Margin + LineHeight)
            {
                var lines = random.Next(2, 5);
                for (var line = 0; line < lines && y > Margin; line++, y -= LineHeight)
                {
                    var indent = line == 0 ? 24 : 0;
                    var text = (line == 0 ? $"{item++}. " : "") + Words(random, WordsPerLine) + (line == lines - 1 ? "." : "");
                    page.AddText(text, 11, new PdfPoint(Margin + indent, y), font);
                }
            }
        }
        return builder.Build();
    }

    private static double Table(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, Random random, double y)
    {
        double[] columns = [Margin, Margin + 40, Margin + 200, Margin + 360];
        for (var row = 0; row < 12; row++, y -= LineHeight * 1.6)
        {
            page.AddText((row + 1).ToString(), 10, new PdfPoint(columns[0], y), font);
            for (var c = 1; c < columns.Length; c++) page.AddText(Words(random, 3), 10, new PdfPoint(columns[c], y), font);
        }
        return y - LineHeight;
    }

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
}
