using System.Diagnostics;
using PolicyGraph.Ingest;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>bench-ingest [--scale N] [--seeds DIR] [--no-similar] [--no-mentions]</c>: ingestion throughput on one core.
/// The corpus is the seed documents repeated N times in memory, each copy made distinct by trailing line breaks so
/// none is skipped as a duplicate. Prints MB/s (read → repair → extract → graph) by wall clock and by CPU time —
/// the load runs on one thread, so CPU time is the one-core time even on a busy machine — and peak memory.
/// </summary>
public sealed class BenchIngestCommand : ICliCommand
{
    private const double Megabyte = 1024.0 * 1024.0;

    public string Name => "bench-ingest";

    public string Summary => "Measure ingestion MB/s and peak memory: [--scale N] [--seeds DIR] [--no-similar] [--no-mentions]";

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var scale = args.GetInt("scale", 20);
        if (scale < 1) throw new CliUsageException("--scale must be 1 or more.");
        var seeds = Directory.EnumerateFiles(args.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (seeds.Count == 0) throw new CliUsageException($"no .txt documents in '{args.SeedsDirectory}'.");
        var corpus = BuildCorpus(seeds, scale);
        var totalBytes = corpus.Sum(d => (long)d.Value.Length);
        var options = IngestRunner.Options(args, args.SeedsDirectory) with { FindSimilarMeasures = !args.Has("no-similar"), FindMentions = !args.Has("no-mentions") };

        CorpusLoader.LoadBytes(corpus.Take(seeds.Count), options: options); // warm-up: JIT and gazetteer load
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = CorpusLoader.LoadBytes(corpus, options: options);
        clock.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        var megabytes = totalBytes / Megabyte;
        output.WriteLine($"documents: {result.Documents.Count(d => d.Loaded)} ({seeds.Count} seeds x {scale}); steps: {Steps(options)}");
        output.WriteLine($"input: {megabytes:F2} MB; graph: {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships");
        output.WriteLine($"wall: {clock.Elapsed.TotalSeconds:F2} s = {megabytes / clock.Elapsed.TotalSeconds:F2} MB/s; cpu: {cpuSeconds:F2} s = {megabytes / cpuSeconds:F2} MB/s (one thread)");
        output.WriteLine($"allocated: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / Megabyte:F0} MB; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / Megabyte:F0} MB");
        return Task.FromResult(0);
    }

    private static string Steps(IngestOptions options) =>
        "read, repair, extract, resolve, graph" + (options.FindMentions ? ", MENTIONS" : "") + (options.FindSimilarMeasures ? ", SIMILAR_TO" : "");

    private static List<KeyValuePair<string, byte[]>> BuildCorpus(IReadOnlyList<string> seeds, int scale)
    {
        var corpus = new List<KeyValuePair<string, byte[]>>(seeds.Count * scale);
        for (var copy = 0; copy < scale; copy++)
        {
            foreach (var seed in seeds)
            {
                var bytes = File.ReadAllBytes(seed);
                var distinct = bytes.Concat(Enumerable.Repeat((byte)'\n', copy + 1)).ToArray();
                corpus.Add(new($"{copy:D4}-{Path.GetFileName(seed)}", distinct));
            }
        }
        return corpus;
    }
}
