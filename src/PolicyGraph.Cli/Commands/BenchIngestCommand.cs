using System.Diagnostics;
using System.Runtime;
using System.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>bench-ingest [--scale N] [--seeds DIR] [--no-similar] [--no-mentions]</c>: ingestion throughput on one core.
/// The corpus is N varied copies of the seed documents (see <see cref="VariedCopy"/>), built in memory before the
/// clock starts. Prints MB/s (read → repair → extract → graph) by wall clock and by CPU time — the load runs on one
/// thread, so CPU time is the one-core time even on a busy machine — and peak memory.
/// </summary>
public sealed partial class BenchIngestCommand : ICliCommand
{
    private const double Megabyte = 1024.0 * 1024.0;

    /// <summary>Share of numbered lines a varied copy keeps; the rest are dropped, so copies differ in content.</summary>
    private const double KeptItemShare = 0.6;

    /// <summary>Warm-up stops when this many rounds in a row were quiet (see <see cref="SettledCompilations"/>), or after the maximum.</summary>
    private const int QuietWarmUpRounds = 3;

    private const int MaxWarmUpRounds = 40;

    private const int MaxCompilationWaits = 40;

    /// <summary>A round that compiles this few methods counts as quiet: a stray late promotion is not worth waiting for.</summary>
    private const int SettledCompilations = 2;

    /// <summary>Long enough for tiered compilation's call-counting delay (100 ms) to pass between warm-up rounds.</summary>
    private static readonly TimeSpan TieringPause = TimeSpan.FromMilliseconds(150);

    public string Name => "bench-ingest";

    public string Summary => "Measure ingestion MB/s and peak memory: [--scale N] [--seeds DIR] [--no-similar] [--no-mentions]";

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var scale = args.GetInt("scale", 20);
        if (scale < 1) throw new CliUsageException("--scale must be 1 or more.");
        var seeds = Directory.EnumerateFiles(args.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (seeds.Count == 0) throw new CliUsageException($"no .txt documents in '{args.SeedsDirectory}'.");
        var options = IngestRunner.Options(args, args.SeedsDirectory) with { FindSimilarMeasures = !args.Has("no-similar"), FindMentions = !args.Has("no-mentions") };
        var corpus = BuildCorpus(seeds, scale, options.Gazetteer ?? Gazetteer.Default);
        var totalBytes = corpus.Sum(d => (long)d.Value.Length);

        var warmUpRounds = WarmUp(corpus, corpus.Take(seeds.Count).ToList(), options);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var jitBefore = JitInfo.GetCompilationTime();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = CorpusLoader.LoadBytes(corpus, options: options);
        clock.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var jitSeconds = (JitInfo.GetCompilationTime() - jitBefore).TotalSeconds;

        var megabytes = totalBytes / Megabyte;
        var similar = result.Graph.Relationships.Count(r => r.Type == "SIMILAR_TO");
        output.WriteLine($"documents: {result.Documents.Count(d => d.Loaded)} ({seeds.Count} seeds x {scale} varied copies); steps: {Steps(options)}");
        output.WriteLine($"input: {megabytes:F2} MB; graph: {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships ({similar} SIMILAR_TO)");
        output.WriteLine($"wall: {clock.Elapsed.TotalSeconds:F2} s = {megabytes / clock.Elapsed.TotalSeconds:F2} MB/s; cpu: {cpuSeconds:F2} s = {megabytes / cpuSeconds:F2} MB/s (one thread)");
        output.WriteLine($"warm-up: {warmUpRounds} rounds; JIT during the run: {jitSeconds:F2} s");
        output.WriteLine($"allocated: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / Megabyte:F0} MB; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / Megabyte:F0} MB");
        return Task.FromResult(0);
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

    private static List<KeyValuePair<string, byte[]>> BuildCorpus(IReadOnlyList<string> seeds, int scale, Gazetteer gazetteer)
    {
        var texts = seeds.Select(File.ReadAllBytes).ToList();
        var corpus = new List<KeyValuePair<string, byte[]>>(seeds.Count * scale);
        for (var copy = 0; copy < scale; copy++)
        {
            var variation = new VariedCopy(gazetteer, copy, KeptItemShare);
            for (var i = 0; i < seeds.Count; i++)
                corpus.Add(new($"{copy:D4}-{Path.GetFileName(seeds[i])}", variation.Apply(texts[i])));
        }
        return corpus;
    }
}

public sealed partial class BenchIngestCommand
{
    /// <summary>
    /// One deterministic variation of the seeds, so a scaled corpus looks like many related documents rather than
    /// one document many times: copy 0 is the seeds as they are; copy k drops each numbered line (a measure, list
    /// item or table row) with a fixed probability and rotates the gazetteer's province and city names by k places
    /// within their kind (福州 → 厦门 …), so measures recur in some documents, not in all. Trailing line breaks keep
    /// copies distinct even when the variation leaves a document unchanged. A seed that is not UTF-8 is only
    /// given the line breaks.
    /// </summary>
    private sealed partial class VariedCopy
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private static readonly string[] RotatedKinds = ["province", "city"];

        private readonly int _copy;
        private readonly double _keptItemShare;
        private readonly Dictionary<string, string> _placeMap;
        private readonly Regex? _places;

        public VariedCopy(Gazetteer gazetteer, int copy, double keptItemShare)
        {
            _copy = copy;
            _keptItemShare = keptItemShare;
            _placeMap = RotatedStems(gazetteer, copy);
            var alternatives = _placeMap.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
            _places = _placeMap.Count == 0 ? null : new Regex(string.Join("|", alternatives), RegexOptions.None, TimeSpan.FromSeconds(10));
        }

        public byte[] Apply(byte[] seed)
        {
            if (_copy == 0) return seed;
            string text;
            try
            {
                text = StrictUtf8.GetString(seed);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: vary nothing rather than damage an encoding the benchmark also means to measure.
                return [.. seed, .. Enumerable.Repeat((byte)'\n', _copy)];
            }
            var varied = RotatePlaces(DropItems(text)) + new string('\n', _copy);
            return Encoding.UTF8.GetBytes(varied);
        }

        private string DropItems(string text)
        {
            var random = new Random(_copy);
            var kept = new StringBuilder(text.Length);
            foreach (var line in text.Split('\n'))
            {
                if (ItemLine().IsMatch(line) && random.NextDouble() >= _keptItemShare) continue;
                kept.Append(line).Append('\n');
            }
            return kept.ToString(0, Math.Max(0, kept.Length - 1));
        }

        private string RotatePlaces(string text) =>
            _places is null ? text : _places.Replace(text, m => _placeMap[m.Value]);

        /// <summary>Province and city names without 省/市 (福建, 福州), each mapped to the one <paramref name="copy"/> places on.</summary>
        private static Dictionary<string, string> RotatedStems(Gazetteer gazetteer, int copy)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var kind in RotatedKinds)
            {
                var stems = gazetteer.Zones
                    .Where(z => z.Kind == kind && z.Name.Length >= 3 && z.Name[^1] is '省' or '市')
                    .Select(z => z.Name[..^1])
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                for (var i = 0; i < stems.Count; i++)
                    map.TryAdd(stems[i], stems[(i + copy) % stems.Count]);
            }
            return map;
        }

        /// <summary>A line that starts with an item number: 1. / 1、 / "1 " or "1\t" (table rows) / （一） / （1）.</summary>
        [GeneratedRegex(@"^\s*(?:\d{1,3}(?:[.、．]|\s)|[（(][\d一二三四五六七八九十]{1,3}[）)])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
        private static partial Regex ItemLine();
    }
}
