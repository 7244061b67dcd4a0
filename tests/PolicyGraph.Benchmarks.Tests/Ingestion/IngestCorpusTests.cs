using System.Text;
using PolicyGraph.Benchmarks.Ingestion;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Benchmarks.Tests.Ingestion;

public sealed class IngestCorpusTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pg-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Copy_zero_is_the_seed_byte_for_byte_and_later_copies_differ_from_it_and_each_other()
    {
        var seed = Write("plan.txt", string.Join('\n', Enumerable.Range(1, 40).Select(i => $"{i}. 福州市推进第{i}项措施。")));

        var corpus = IngestCorpus.Build([seed], scale: 3, Gazetteer.Default);

        Assert.Equal(["0000-plan.txt", "0001-plan.txt", "0002-plan.txt"], corpus.Select(c => c.Key));
        Assert.Equal(File.ReadAllBytes(seed), corpus[0].Value);
        var texts = corpus.Select(c => Encoding.UTF8.GetString(c.Value)).ToList();
        Assert.Equal(3, texts.Distinct().Count());
        Assert.All(texts.Skip(1), t => Assert.DoesNotContain("福州", t)); // place names rotate in every later copy
        Assert.All(texts.Skip(1), t => Assert.InRange(t.Split('\n').Count(l => l.Contains("措施")), 8, 36)); // some items dropped
    }

    [Fact]
    public void The_same_scale_gives_the_same_corpus()
    {
        var seed = Write("batch.txt", "序号\t举措内容\n1\t厦门市跨境数据试点。\n2\t泉州市单一窗口。\n3\t福建省信用体系。");

        var first = IngestCorpus.Build([seed], 4, Gazetteer.Default);
        var second = IngestCorpus.Build([seed], 4, Gazetteer.Default);

        Assert.Equal(first.Select(c => c.Value), second.Select(c => c.Value));
    }

    [Fact]
    public void A_seed_that_is_not_utf8_is_only_made_distinct_never_rewritten()
    {
        var path = Path.Combine(_folder, "utf16.txt");
        File.WriteAllText(path, "1. 福州市措施。", Encoding.Unicode);

        var corpus = IngestCorpus.Build([path], 2, Gazetteer.Default);

        Assert.Equal([.. File.ReadAllBytes(path), (byte)'\n'], corpus[1].Value);
    }
}
