using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Similarity;
using PolicyGraph.Ingest.Tests.Resolution;

namespace PolicyGraph.Ingest.Tests.Similarity;

/// <summary>
/// A deliberately simple cut of the seed documents into numbered items, only to give the similarity finder
/// realistic input; the real extraction belongs to the ingest pipeline. An item starts at a line opening with
/// （一）, "1." or "1&lt;tab&gt;" and runs until the next such line or a heading; ids are "file#n" in source order.
/// </summary>
internal static partial class SeedMeasures
{
    [GeneratedRegex(@"^(（[一二三四五六七八九十]+）|\d{1,2}(\s|[.、]\S))")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(#|第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、|专栏|附件|<b>)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Markup();

    public static IReadOnlyList<MeasureText> Load() =>
        Directory.GetFiles(SeedFiles.DocumentsDirectory, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(Split)
            .ToList();

    private static IEnumerable<MeasureText> Split(string path)
    {
        var document = Path.GetFileNameWithoutExtension(path);
        var items = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = Markup().Replace(raw, "").Trim();
            if (ItemStart().IsMatch(line))
                items.Add(current = [line]);
            else if (Heading().IsMatch(line))
                current = null;
            else if (current is not null && line.Length > 0)
                current.Add(line);
        }
        return items
            .Select((lines, index) => ToMeasure(document, index + 1, string.Concat(lines)))
            .Where(m => m.Text.Length >= 20);
    }

    private static MeasureText ToMeasure(string document, int index, string text)
    {
        var body = ItemStart().Replace(text, "", 1).Trim();
        var stop = body.IndexOfAny(['。', '\t']);
        var title = stop > 0 ? body[..stop] : body;
        return new MeasureText($"{document}#{index}", document, title, body);
    }
}
