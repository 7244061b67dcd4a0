using System.Text;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests;

/// <summary>Access to the seed documents (read where they lie) and helpers to build synthetic ones.</summary>
internal static class TestCorpus
{
    public const string FuzhouReplicationPlan = "fuzhou-ftz-high-standard-rules-replication-plan-2026-draft.txt";
    public const string FuzhouServicesPlan = "fuzhou-services-opening-pilot-plan-2026-draft.txt";
    public const string FiveYearPlan = "fujian-ftz-14th-five-year-plan-2021-2025.txt";
    public const string SeventhBatch = "fujian-ftz-7th-batch-innovation-results-notice-2019.txt";
    public const string NineteenthBatch = "fujian-ftz-19th-batch-innovation-measures-2022.txt";

    private static readonly string SeedsRoot = PolicyGraph.Testing.RepositoryRoot.Combine("seeds");

    public static string SeedDirectory { get; } = Path.Combine(SeedsRoot, "documents");

    /// <summary>Options with the repository's gazetteer (tests run far from the repository, so it is found from this file).</summary>
    public static IngestOptions Options { get; } = IngestOptions.Default with { Gazetteer = Gazetteer.Load(Path.Combine(SeedsRoot, "reference")) };

    private static readonly Lazy<IngestResult> SeedLoad = new(() => CorpusLoader.LoadDirectory(SeedDirectory, options: Options));

    /// <summary>The whole seed corpus loaded once and shared by the tests that only read it.</summary>
    public static IngestResult Seeds => SeedLoad.Value;

    public static string SeedPath(string name) => Path.Combine(SeedDirectory, name);

    public static ParsedDocument Parse(string seedName) =>
        DocumentExtractor.Extract(new DocumentReader(Options).Read(SeedPath(seedName)).Text!);

    public static ParsedDocument ParseText(string text, string name = "synthetic.txt") =>
        DocumentExtractor.Extract(SourceText.FromString(name, text));

    /// <summary>The numbered items (measures, then requirements) extracted from a made-up document's text.</summary>
    public static IReadOnlyList<ParsedMeasure> ItemsOf(string text) =>
        ParseText(text) is var parsed ? [.. parsed.Measures, .. parsed.Requirements] : [];

    public static IngestResult LoadTexts(params (string Name, string Text)[] documents) =>
        CorpusLoader.LoadBytes(documents.Select(d => new KeyValuePair<string, byte[]>(d.Name, Encoding.UTF8.GetBytes(d.Text))), options: Options);
}
