using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using PolicyGraph.Benchmarks;
using PolicyGraph.Benchmarks.Ingestion;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>bench-ingest [--scale N] [--seeds DIR] [--no-similar] [--no-mentions] [--stages] [--loads N] [--write-corpus DIR]</c>:
/// ingestion throughput on one core.
/// The corpus is N varied copies of the seed documents (see <see cref="VariedCopy"/>), built in memory before the
/// clock starts. Prints MB/s (read → repair → extract → graph) by wall clock and by CPU time — the load runs on one
/// thread, so CPU time is the one-core time even on a busy machine — the bytes allocated and the collections per
/// generation during the load, and peak memory; then PDF pages/s on N generated ten-page PDFs (see
/// <see cref="PdfCorpus"/>). <c>--loads N</c> (default 5) times N loads in a row, each with its own lines, then the median
/// and the spread (min–max) of each figure over them (see <see cref="IngestLoadSummary"/>). <c>--write-corpus DIR</c>
/// only writes the scaled corpus as files, so <c>export</c> and <c>check</c> can compare two builds on it. With <c>--stages</c>, one more untimed load charges its time and
/// allocation to the pipeline's stages (see <see cref="StageClock"/>) and prints them.
/// </summary>
public sealed class BenchIngestCommand : ICliCommand
{
    private const double Megabyte = 1024.0 * 1024.0;

    /// <summary>Warm-up stops when this many rounds in a row were quiet (see <see cref="SettledCompilations"/>), or after the maximum.</summary>
    private const int QuietWarmUpRounds = 3;

    private const int MaxWarmUpRounds = 40;

    private const int MaxCompilationWaits = 40;

    private const int PdfPagesPerDocument = 10;

    /// <summary>Enough loads for a median that one disturbed load does not move.</summary>
    private const int DefaultLoads = 5;

    /// <summary>A round that compiles this few methods counts as quiet: a stray late promotion is not worth waiting for.</summary>
    private const int SettledCompilations = 2;

    /// <summary>Long enough for tiered compilation's call-counting delay (100 ms) to pass between warm-up rounds.</summary>
    private static readonly TimeSpan TieringPause = TimeSpan.FromMilliseconds(150);

    public string Name => "bench-ingest";

    public string Summary => "Measure ingestion MB/s (wall clock and one-core CPU) and peak memory.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Number("--scale", "N", "Varied copies of each seed document in the corpus.", defaultValue: 20),
        CliOptions.Seeds(),
        CliOptions.Reference(),
        CliOptions.Switch("--no-similar", "Skip the SIMILAR_TO step."),
        CliOptions.Switch("--no-mentions", "Skip the MENTIONS step."),
        CliOptions.Switch("--stages", "Also print time and allocation per pipeline stage (one more load)."),
        CliOptions.Number("--loads", "N", "Timed loads in a row, each printed, then their median and spread.", defaultValue: DefaultLoads),
        CliOptions.Text("--write-corpus", "DIR", "Only write the scaled corpus's documents to DIR (for export and check)."),
    ];

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var scale = args.GetInt("scale", 20);
        if (scale < 1) throw new CliUsageException("--scale must be 1 or more.");
        var seeds = Directory.EnumerateFiles(args.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (seeds.Count == 0) throw new CliUsageException($"no .txt documents in '{args.SeedsDirectory}'.");
        var options = IngestRunner.Options(args, args.SeedsDirectory) with { FindSimilarMeasures = !args.Has("no-similar"), FindMentions = !args.Has("no-mentions") };
        var corpus = IngestCorpus.Build(seeds, scale, options.Gazetteer ?? Gazetteer.Default);
        var megabytes = corpus.Sum(d => (long)d.Value.Length) / Megabyte;

        if (args.Get("write-corpus") is { } folder) return Task.FromResult(WriteCorpus(corpus, folder, output));
        var loads = args.GetInt("loads", DefaultLoads);
        if (loads < 1) throw new CliUsageException("--loads must be 1 or more.");

        var beforeWarmUp = ProcessUsage.Now();
        var warmUpRounds = WarmUp(corpus, corpus.Take(seeds.Count).ToList(), options);
        output.WriteLine($"documents: {corpus.Count} ({seeds.Count} seeds x {scale} varied copies); steps: {Steps(options)}; " +
            $"warm-up: {warmUpRounds} rounds{KernelSince(beforeWarmUp)}");
        var figures = new List<IngestLoadFigures>(loads);
        for (var load = 1; load <= loads; load++) figures.Add(TimedLoad(corpus, options, megabytes, load == 1, output));
        output.WriteLine(IngestLoadSummary.Describe(figures));
        if (args.Has("stages")) PrintStages(corpus, options, megabytes, output);
        BenchmarkPdf(scale, loads, options, output);
        return Task.FromResult(0);
    }

    /// <summary>One timed load: speed by wall clock and CPU, JIT time, allocation and collections during it.</summary>
    private static IngestLoadFigures TimedLoad(
        IReadOnlyList<KeyValuePair<string, byte[]>> corpus, IngestOptions options, double megabytes, bool first, TextWriter output)
    {
        CollectEverything();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = Collections();
        var jitBefore = JitInfo.GetCompilationTime();
        var pauseBefore = GC.GetTotalPauseDuration();
        var (result, wall, cpuSeconds, usage) = Timed(() => RealLoad(corpus, options));
        var jitSeconds = (JitInfo.GetCompilationTime() - jitBefore).TotalSeconds;
        var pauseSeconds = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Megabyte;
        var collections = Collections().Zip(collectionsBefore, (after, before) => after - before).ToArray();
        var promoted = collections[0] > 0 ? $"; last collection promoted: {GC.GetGCMemoryInfo(GCKind.Any).PromotedBytes / Megabyte:F1} MB" : "";

        if (first)
        {
            var similar = result.Graph.Relationships.Count(r => r.Type == "SIMILAR_TO");
            output.WriteLine($"loaded: {result.Documents.Count(d => d.Loaded)} documents; input: {megabytes:F2} MB; " +
                $"graph: {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships ({similar} SIMILAR_TO)");
        }
        output.WriteLine($"wall: {wall.TotalSeconds:F2} s = {megabytes / wall.TotalSeconds:F2} MB/s; cpu: {cpuSeconds:F2} s = {megabytes / cpuSeconds:F2} MB/s (one thread); " +
            $"JIT: {jitSeconds:F2} s; GC pauses: {pauseSeconds:F2} s");
        output.WriteLine($"allocated: {allocated:F1} MB; collections (gen0/1/2): {string.Join('/', collections)}; " +
            $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / Megabyte:F0} MB{promoted}");
        if (usage is not null) output.WriteLine($"kernel: {Describe(usage)}");
        return new IngestLoadFigures(megabytes / wall.TotalSeconds, megabytes / cpuSeconds, pauseSeconds, allocated, collections[0], usage);
    }

    /// <summary>
    /// A load as <c>load</c>, export, the Neo4j loader and the embedded sync do it: the graph, then every relationship's
    /// id, which the graph composes only when first read (see <c>GraphRelationship.Between</c>).
    /// </summary>
    private static IngestResult RealLoad(IEnumerable<KeyValuePair<string, byte[]>> corpus, IngestOptions options)
    {
        var result = CorpusLoader.LoadBytes(corpus, options: options);
        foreach (var relationship in result.Graph.Relationships) _ = relationship.Id;
        return result;
    }

    /// <summary>Outside the timer, before each timed load: every load starts from the same heap, not from the last one's garbage.</summary>
    private static void CollectEverything()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>"minor page faults: N (x page size = M MB); major: N; user: X s; sys: Y s" (fewer faults than pages where huge pages map memory).</summary>
    private static string Describe(ProcessUsage usage) =>
        $"minor page faults: {usage.MinorFaults} (x page size = {usage.MinorFaults * (double)Environment.SystemPageSize / Megabyte:F0} MB); " +
        $"major: {usage.MajorFaults}; user: {usage.User.TotalSeconds:F2} s; sys: {usage.System.TotalSeconds:F2} s";

    /// <summary>What the kernel charged since <paramref name="before"/>, as "; kernel: …", or nothing where it cannot be read.</summary>
    private static string KernelSince(ProcessUsage? before) =>
        before is not null && ProcessUsage.Now()?.Since(before) is { } usage ? $"; kernel: {Describe(usage)}" : "";

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>Writes the corpus's documents under their names, for the ordinary commands to load.</summary>
    private static int WriteCorpus(IReadOnlyList<KeyValuePair<string, byte[]>> corpus, string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in corpus) File.WriteAllBytes(Path.Combine(folder, name), bytes);
        output.WriteLine($"wrote {corpus.Count} documents to {folder}");
        return 0;
    }

    /// <summary>One more load with a <see cref="StageClock"/>: wall time, share and allocation of each stage.</summary>
    private static void PrintStages(IReadOnlyList<KeyValuePair<string, byte[]>> corpus, IngestOptions options, double megabytes, TextWriter output)
    {
        var clock = new StageClock();
        CorpusLoader.LoadBytes(corpus, options: options with { Stages = clock });
        var total = clock.Times.Sum(t => t.Elapsed.TotalSeconds);
        output.WriteLine($"stages (wall clock, one more load; all stages {total:F2} s = {megabytes / total:F2} MB/s):");
        foreach (var t in clock.Times)
            output.WriteLine($"  {t.Stage,-32} {t.Elapsed.TotalMilliseconds,8:F0} ms {100 * t.Elapsed.TotalSeconds / total,5:F1} % {t.AllocatedBytes / Megabyte,7:F1} MB allocated");
    }

    /// <summary>
    /// PDF pages per second through the whole load (PdfPig text layer → blocks → lines → graph, ids read), on one
    /// thread: <paramref name="loads"/> timed loads, each printed, then their median and spread.
    /// </summary>
    private static void BenchmarkPdf(int scale, int loads, IngestOptions options, TextWriter output)
    {
        var corpus = PdfCorpus.Build(scale, PdfPagesPerDocument);
        CorpusLoader.LoadBytes(corpus.Take(2), options: options);
        WaitForBackgroundCompilation();
        var pages = corpus.Count * PdfPagesPerDocument;
        var wallRates = new List<double>(loads);
        var cpuRates = new List<double>(loads);
        for (var load = 1; load <= loads; load++)
        {
            CollectEverything();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var collectionsBefore = Collections();
            var (result, wall, cpuSeconds, usage) = Timed(() => RealLoad(corpus, options));
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Megabyte;
            var collections = string.Join('/', Collections().Zip(collectionsBefore, (after, before) => after - before));
            var kernel = usage is null ? "" : $"; kernel: {Describe(usage)}";
            if (load == 1)
                output.WriteLine($"pdf: {result.Documents.Count(d => d.Loaded)} documents, {pages} pages, {result.Graph.Nodes.Count(n => n.HasLabel("Measure"))} measures");
            wallRates.Add(pages / wall.TotalSeconds);
            cpuRates.Add(pages / cpuSeconds);
            output.WriteLine($"pdf wall: {wallRates[^1]:F0} pages/s; cpu: {cpuRates[^1]:F0} pages/s (one thread); allocated: {allocated:F0} MB; " +
                $"collections (gen0/1/2): {collections}{kernel}");
        }
        output.WriteLine(IngestLoadSummary.DescribePdf(wallRates, cpuRates));
    }

    /// <summary>Runs one load and measures it by wall clock and by this process's CPU time.</summary>
    /// <summary>
    /// Runs one load and measures it by wall clock and by this process's CPU time: user + system from one
    /// <see cref="ProcessUsage"/> reading before and one after (the same readings give the kernel figures), or
    /// <see cref="Process.TotalProcessorTime"/> where getrusage is not available.
    /// </summary>
    private static (IngestResult Result, TimeSpan Wall, double CpuSeconds, ProcessUsage? Usage) Timed(Func<IngestResult> load)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var usageBefore = ProcessUsage.Now();
        var clock = Stopwatch.StartNew();
        var result = load();
        clock.Stop();
        var usage = usageBefore is null ? null : ProcessUsage.Now()?.Since(usageBefore);
        process.Refresh();
        var cpu = usage is null ? process.TotalProcessorTime - cpuBefore : usage.User + usage.System;
        return (result, clock.Elapsed, cpu.TotalSeconds, usage);
    }

    private static string Steps(IngestOptions options) =>
        "read, repair, extract, resolve, graph" + (options.FindMentions ? ", MENTIONS" : "") + (options.FindSimilarMeasures ? ", SIMILAR_TO" : "");

    /// <summary>
    /// Loads the whole corpus once, then the seeds until the JIT has settled: tiered compilation recompiles hot
    /// methods in the background for a while (loops at full scale included), and that one-off cost would otherwise
    /// be counted as ingestion time. Returns the rounds it took.
    /// </summary>
    private static int WarmUp(
        IReadOnlyList<KeyValuePair<string, byte[]>> corpus, IReadOnlyList<KeyValuePair<string, byte[]>> sample, IngestOptions options)
    {
        CorpusLoader.LoadBytes(corpus, options: options);
        var quiet = 0;
        var rounds = 1;
        while (quiet < QuietWarmUpRounds && rounds < MaxWarmUpRounds)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            CorpusLoader.LoadBytes(sample, options: options);
            Thread.Sleep(TieringPause);
            quiet = JitInfo.GetCompiledMethodCount() - compiledBefore <= SettledCompilations ? quiet + 1 : 0;
            rounds++;
        }
        WaitForBackgroundCompilation();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
        return rounds;
    }

    /// <summary>On a busy machine the tiering thread lags behind; let it finish what the warm-up queued (at most a few seconds).</summary>
    private static void WaitForBackgroundCompilation()
    {
        for (var wait = 0; wait < MaxCompilationWaits; wait++)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            Thread.Sleep(TieringPause);
            if (JitInfo.GetCompiledMethodCount() == compiledBefore) return;
        }
    }
}
