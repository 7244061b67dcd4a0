using PolicyGraph.Benchmarks.Ingestion;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Benchmarks.Tests.Ingestion;

public class PdfCorpusTests
{
    [Fact]
    public void Generated_pdfs_are_distinct_and_read_page_by_page_without_furniture()
    {
        var corpus = PdfCorpus.Build(2, 3);
        Assert.Equal(["0000-plan.pdf", "0001-plan.pdf"], corpus.Select(d => d.Key));
        Assert.NotEqual(corpus[0].Value, corpus[1].Value);
        var outcome = new DocumentReader(IngestOptions.Default).Decode(corpus[0].Key, corpus[0].Value);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Diagnostics));
        Assert.Equal(3, outcome.Text!.PageOf(outcome.Text.Lines.Count));
        Assert.DoesNotContain(outcome.Text.Lines, l => l.Contains("Municipal Trade Facilitation Plan") || l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Contains(outcome.Text.Lines, l => l.Split('\t').Length == 4);
    }
}
