using PolicyGraph.Ingest.Building;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Resolution;

public sealed partial class ZoneResolver
{
    private const string FreeTradeZoneKind = "ftz";

    /// <summary>The full form of 自贸试验区, written in the canonical name of a zone the gazetteer does not list.</summary>
    private static readonly string CanonicalFreeTradeZoneWord = ExtractionVocabulary.Default.CanonicalFreeTradeZoneWord
        ?? throw new InvalidOperationException($"{ExtractionVocabulary.FileName} lists no ftz-word.");

    /// <summary>
    /// A zone the gazetteer does not list, in a form no ordinary phrase has: X片区, X综合保税区, X新区 … (optionally
    /// after a free trade zone's name: 自贸试验区X片区), or 中国（X）自由贸易试验区. It must reach further than any
    /// listed name starting here, and no listed name may end where it ends (在南沙片区 is 南沙片区 after a word).
    /// A form whose name turns out to be listed (广东自贸区南沙片区 → 南沙片区) resolves to that entry.
    /// </summary>
    private (int Length, ResolvedZone Zone)? UnlistedZoneAt(string text, int start, Jurisdiction context)
    {
        var prefix = FreeTradeZonePrefixAt(text, start);
        var areaStart = start + prefix.Length;
        ResolvedZone zone;
        int length;
        if (ZoneForms.At(text, areaStart) is { } form && !ListedNameEndsAt(text, areaStart + 1, areaStart + form.Length))
        {
            length = prefix.Length + form.Length;
            var asWritten = text.Substring(start, length);
            var insideFreeTradeZone = prefix.Length > 0 || ZoneForms.NamesFreeTradeZoneArea(asWritten)
                || ProvinceFreeTradeZone(context) is not null;
            var kind = form.Kind == ZoneForms.FreeTradeZoneArea && !insideFreeTradeZone ? ZoneForms.PlanningArea : form.Kind;
            zone = Listed(form.Name, asWritten) ?? Unlisted(form.Name, asWritten, kind);
        }
        else if (prefix.Name is { } freeTradeZone)
        {
            length = prefix.Length;
            var asWritten = text.Substring(start, length);
            zone = Listed(freeTradeZone, asWritten) ?? Unlisted(freeTradeZone, asWritten, FreeTradeZoneKind);
        }
        else
        {
            return null;
        }
        return length > ListedLengthAt(text, start) ? (length, zone) : null;
    }

    /// <summary>
    /// A free trade zone's name at <paramref name="start"/> — listed (福建自贸试验区), bare (自贸试验区) or of the
    /// form 中国（X）自由贸易试验区 — with the canonical name of the last form; length 0 when there is none.
    /// </summary>
    private (int Length, string? Name) FreeTradeZonePrefixAt(string text, int start)
    {
        var length = 0;
        foreach (var (matchLength, zone) in _gazetteer.ZoneNames.MatchesAt(text, start))
        {
            if (zone.Kind == FreeTradeZoneKind)
                length = matchLength;
        }
        length = Math.Max(length, BareFreeTradeZoneWordAt(text, start)?.Length ?? 0);
        return ChinaFreeTradeZoneAt(text, start) is { } written && written.Length >= length ? written : (length, null);
    }

    /// <summary>中国（X）自由贸易试验区 or 中国(X)自贸试验区, named 中国（X）自由贸易试验区.</summary>
    private static (int Length, string Name)? ChinaFreeTradeZoneAt(string text, int start)
    {
        const string China = "中国";
        var open = start + China.Length;
        if (open >= text.Length || string.CompareOrdinal(text, start, China, 0, China.Length) != 0
            || text[open] is not ('（' or '('))
            return null;
        var close = text.IndexOfAny(['）', ')'], open + 1);
        if (close < 0 || !ZoneForms.IsPlaceStem(text.AsSpan(open + 1, close - open - 1)))
            return null;
        foreach (var word in BareFreeTradeZoneWords)
        {
            if (string.CompareOrdinal(text, close + 1, word, 0, word.Length) == 0)
                return (close + 1 + word.Length - start, $"{China}（{text[(open + 1)..close]}）{CanonicalFreeTradeZoneWord}");
        }
        return null;
    }

    /// <summary>How far a listed agency, zone or bare free trade zone word starting here reaches.</summary>
    private int ListedLengthAt(string text, int start)
    {
        var names = _gazetteer.RegistryNames.LongestAt(text, start);
        var length = Math.Max(BareFreeTradeZoneWordAt(text, start)?.Length ?? 0, Math.Max(names.AgencyLength, names.ZoneLength));
        if (_gazetteer.BranchNames.LongestAt(text, start, allowUnlistedPlace: false) is { } office)
            length = Math.Max(length, office.Length);
        return length;
    }

    /// <summary>True when a listed zone name starts at or after <paramref name="from"/> and ends exactly at <paramref name="end"/>.</summary>
    private bool ListedNameEndsAt(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            foreach (var (length, _) in _gazetteer.ZoneNames.MatchesAt(text, i))
            {
                if (i + length == end)
                    return true;
            }
        }
        return false;
    }

    private ResolvedZone? Listed(string name, string asWritten) =>
        _gazetteer.LookupZone(name) is { } zone
            ? new ResolvedZone(zone.Id, zone.Name, asWritten, zone.Kind, Known: true)
            : null;

    private static ResolvedZone Unlisted(string name, string asWritten, string kind) =>
        new(Ids.Zone(name), name, asWritten, kind, Known: false);

    /// <summary>Words that make a place word relative or vague: 各片区, 相关片区, 全省, 本市 (vocabulary data, longest first).</summary>
    private static readonly string[] VagueDeterminers = [.. ExtractionVocabulary.Default.VagueDeterminers];

    private static readonly HashSet<string> PlaceWords = new(ExtractionVocabulary.Default.PlaceWords, StringComparer.Ordinal);

    // A full stop, 内 (片区内) or 等 (各片区等) after a scope item changes nothing about which zone it names.
    private static readonly char[] ScopeItemEndings = ['。', '.', '内', '等'];

    /// <summary>
    /// A scope item that, left unresolved, still names no particular zone: 相关片区, 两个片区, or 各片区 / 全省 /
    /// a bare 自贸试验区 where the document's place is unknown. Keeping it as a zone would invent one.
    /// </summary>
    private static bool NamesNoParticularZone(string item)
    {
        var rest = item.TrimEnd(ScopeItemEndings);
        if (AllAreasPhraseAt(rest, 0) is { } phrase && phrase.Length == rest.Length)
            return true;
        foreach (var determiner in VagueDeterminers)
        {
            if (rest.StartsWith(determiner, StringComparison.Ordinal))
            {
                rest = rest[determiner.Length..];
                break;
            }
        }
        return PlaceWords.Contains(rest);
    }
}
