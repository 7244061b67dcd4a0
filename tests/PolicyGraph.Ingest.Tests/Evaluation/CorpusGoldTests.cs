using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary>
/// The gold says only what its document's text says: every title, unit as written, scope, novelty and deadline of a
/// gold item occurs in the text the team wrote (the document itself, or for .docx/.pdf its source under
/// tests/corpus/sources/docs). Catches typing slips in the hand-written gold.
/// </summary>
public partial class CorpusGoldTests
{
    public static TheoryData<string> GoldFiles =>
        [.. Directory.EnumerateFiles(CorpusPaths.Gold, "*" + GoldReader.Suffix).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Every_value_written_as_in_the_text_occurs_in_it(string goldFile)
    {
        var gold = GoldReader.ReadFile(Path.Combine(CorpusPaths.Gold, goldFile));
        var text = Flatten(File.ReadAllText(SourceOf(gold.File)));
        var absent = gold.Items
            .SelectMany(item => WrittenValues(item).Select(value => (item.Number, Value: value)))
            .Where(v => !Occurs(text, Flatten(v.Value)))
            .Select(v => $"#{v.Number} '{v.Value}'")
            .ToList();
        Assert.True(absent.Count == 0, $"{gold.File}: not in the text: {string.Join("; ", absent)}");
    }

    /// <summary>
    /// Contiguous, or — for a cell wrapped over several lines of a space-aligned table — in order within a stretch at
    /// most four times as long (the other cells of those lines lie between the pieces).
    /// </summary>
    private static bool Occurs(string text, string value)
    {
        if (text.Contains(value, StringComparison.Ordinal)) return true;
        for (var start = text.IndexOf(value[0]); start >= 0; start = text.IndexOf(value[0], start + 1))
        {
            var end = Math.Min(text.Length, start + 4 * value.Length);
            var matched = 0;
            for (var i = start; i < end && matched < value.Length; i++)
            {
                if (text[i] == value[matched]) matched++;
            }
            if (matched == value.Length) return true;
        }
        return false;
    }

    private static IEnumerable<string> WrittenValues(GoldItem item) =>
        new[] { item.Title, item.Scope, item.Novelty, item.Deadline }
            .Concat(item.Units.Select(u => u.AsWritten))
            .OfType<string>();

    /// <summary>The document, or the markdown/HTML a .docx/.pdf was made from.</summary>
    private static string SourceOf(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        return Evaluator.FormatOf(file) switch
        {
            "docx" => Path.Combine(CorpusPaths.Root, "sources", "docs", stem + ".md"),
            "pdf" => Path.Combine(CorpusPaths.Root, "sources", "docs", stem + ".html"),
            _ => Path.Combine(CorpusPaths.Documents, file),
        };
    }

    /// <summary>Text without whitespace, markdown escapes or the page furniture of PDF-copied text ("- 2 -" lines, a running header).</summary>
    private static string Flatten(string text) => Whitespace().Replace(PageFurniture().Replace(text.Replace("\\", ""), ""), "");

    [GeneratedRegex(@"\n\s*- \d+ -\s*\n[^\n]*")]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
