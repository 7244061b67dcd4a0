using System.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Benchmarks.Ingestion;

/// <summary>
/// The corpus the ingestion benchmark reads: the seed documents repeated <c>scale</c> times in memory, each copy a
/// deterministic variation (see <see cref="VariedCopy"/>) so it resembles many related documents.
/// </summary>
public static class IngestCorpus
{
    /// <summary>Share of numbered lines a varied copy keeps.</summary>
    public const double KeptItemShare = 0.6;

    /// <summary>Names are "<c>copy</c>-<c>file name</c>" (copy 0000 holds the seeds unchanged), in copy then file order.</summary>
    public static List<KeyValuePair<string, byte[]>> Build(IReadOnlyList<string> seedFiles, int scale, Gazetteer gazetteer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var texts = seedFiles.Select(File.ReadAllBytes).ToList();
        var corpus = new List<KeyValuePair<string, byte[]>>(seedFiles.Count * scale);
        for (var copy = 0; copy < scale; copy++)
        {
            var variation = new VariedCopy(gazetteer, copy, KeptItemShare);
            for (var i = 0; i < seedFiles.Count; i++)
                corpus.Add(new($"{copy:D4}-{Path.GetFileName(seedFiles[i])}", variation.Apply(texts[i])));
        }
        return corpus;
    }
}

/// <summary>
/// One deterministic variation of the seeds, so a scaled corpus looks like many related documents rather than
/// one document many times: copy 0 is the seeds as they are; copy k drops each numbered line (a measure, list
/// item or table row) with a fixed probability and rotates the gazetteer's province and city names by k places
/// within their kind (福州 → 厦门 …), so measures recur in some documents, not in all. Trailing line breaks keep
/// copies distinct even when the variation leaves a document unchanged. A seed that is not UTF-8 is only
/// given the line breaks.
/// </summary>
internal sealed partial class VariedCopy
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
