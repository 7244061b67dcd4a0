using System.Text;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Scrambled and cut documents must parse without exceptions, and every extracted line must exist.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Shuffled_and_cut_seed_lines_parse_without_exceptions(int seed)
    {
        var random = new Random(seed);
        var lines = Directory.GetFiles(TestCorpus.SeedDirectory, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines).ToList();
        for (var round = 0; round < 10; round++)
        {
            var picked = lines.OrderBy(_ => random.Next()).Take(random.Next(1, 200))
                .Select(l => l.Length > 4 && random.Next(4) == 0 ? l[..random.Next(l.Length)] : l)
                .SelectMany(l => random.Next(3) == 0 ? new[] { l, "" } : [l]);
            var text = string.Join("\n", picked);
            var doc = DocumentExtractor.Extract(SourceText.FromString("scrambled.txt", text));
            var lineCount = text.Split('\n').Length;
            Assert.All(doc.Measures, m => Assert.InRange(m.Line, 1, lineCount));
            Assert.All(doc.Sections, s => Assert.InRange(s.Line, 1, lineCount));
        }
    }

    [Fact]
    public void A_file_of_markup_only_loads_as_an_empty_unknown_document()
    {
        var doc = DocumentExtractor.Extract(SourceText.FromString("markup.html", "<p></p>\n<br>\n<b></b>\n"));
        Assert.Equal(("", Genres.Unknown), (doc.Metadata.Title, doc.Metadata.Genre));
        Assert.Empty(doc.Sections);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.MissingMetadata);
    }

    [Fact]
    public void Random_bytes_never_throw_when_loaded()
    {
        var random = new Random(11);
        var documents = Enumerable.Range(0, 20).Select(i =>
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            return new KeyValuePair<string, byte[]>($"random-{i}.txt", bytes);
        }).Append(new("text.txt", Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan)));
        var result = CorpusLoader.LoadBytes(documents, options: TestCorpus.Options);
        Assert.Equal(["text.txt"], result.Documents.Where(d => d.Loaded).Select(d => d.SourceFile));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ExtractionFailed);
    }
}
