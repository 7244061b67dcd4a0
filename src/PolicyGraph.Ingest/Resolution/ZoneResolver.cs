using PolicyGraph.Ingest.Building;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Resolves scopes (实施范围, 推广范围, 试点片区) and zone names in free text to canonical zones:
/// 自贸试验区福州片区 → 福州片区, 全省 → the document's province, 全市 → the document's city.
/// </summary>
public sealed partial class ZoneResolver
{
    private static readonly char[] Delimiters = [.. "、，,；;/和及与 \t\u3000"];
    private static readonly char[] FullStops = ['。', '.'];

    private readonly Gazetteer _gazetteer;

    /// <summary>
    /// Every character a scan can act on: the start of an agency name (stepped over), a zone name, a scope word
    /// (全省), an all-areas phrase (各片区, 三个片区) or a bare FTZ word. The scan skips all other positions.
    /// </summary>
    private readonly StartCharacters _scanStarts;

    private readonly Dictionary<string, ZoneEntry> _freeTradeZoneByProvince;

    /// <summary>The areas (片区) of each FTZ by its name, in gazetteer order: 各片区 asks for them at most positions.</summary>
    private readonly Dictionary<string, List<ZoneEntry>> _areasByFreeTradeZone;

    public ZoneResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _freeTradeZoneByProvince = FreeTradeZonesByProvince(gazetteer.Zones);
        _areasByFreeTradeZone = AreasByFreeTradeZone(gazetteer.Zones);
        _scanStarts = new StartCharacters([
            .. gazetteer.AgencyNames.FirstCharacters,
            .. gazetteer.ZoneNames.FirstCharacters,
            .. gazetteer.BranchNames.PrefixFirstCharacters,
            .. ChineseDigits,
            '全',
            '各',
            .. BareFreeTradeZoneWords.Select(w => w[0]),
        ]);
    }

    /// <summary>
    /// Resolves a scope cell such as "福州片区厦门片区平潭片区" or "自贸试验区福州片区" in written order,
    /// without duplicates. A zone the gazetteer does not list but whose form is unmistakable (火星综合保税区) is
    /// kept as an unknown zone of that kind; other text that names no known zone is kept as one unknown zone per
    /// delimited item, unless it names no particular zone (相关片区, or 各片区 where the FTZ is unknown).
    /// </summary>
    public IReadOnlyList<ResolvedZone> ResolveScope(string scopeText, Jurisdiction context)
    {
        ArgumentNullException.ThrowIfNull(scopeText);
        ArgumentNullException.ThrowIfNull(context);
        var items = scopeText.Replace("\r", "").Replace("\n", "")
            .Split(Delimiters, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var zones = new List<ResolvedZone>();
        foreach (var item in items)
        {
            var found = Scan(item, context, keepUnlisted: true);
            if (found.Count > 0)
                zones.AddRange(found);
            else if (!NamesNoParticularZone(item))
                zones.Add(Unknown(item.TrimEnd(FullStops)));
        }
        return Distinct(zones);
    }

    /// <summary>Known zones, places and scope words (全省, 全市) named in free text, first occurrence first.</summary>
    public IReadOnlyList<ResolvedZone> FindMentions(string text, Jurisdiction context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return Scan(text, context, keepUnlisted: false);
    }

    /// <summary>The zones found in <paramref name="text"/>, in written order, without duplicates.</summary>
    /// <param name="keepUnlisted">
    /// Scopes only: also keep zones the gazetteer does not list (<see cref="UnlistedZoneAt"/>), where a name can
    /// start — at the beginning or right after the previous name. Free text is never guessed from.
    /// </param>
    private List<ResolvedZone> Scan(string text, Jurisdiction context, bool keepUnlisted)
    {
        var found = new List<ResolvedZone>();
        if (!keepUnlisted)
        {
            for (var i = NextScanStart(text, 0); i < text.Length;)
                i = MentionStep(text, i, context, _gazetteer.RegistryNames.LongestAt(text, i), found);
            return found;
        }
        var nameStart = 0;
        for (var i = 0; i < text.Length;)
        {
            var end = StepAt(text, i, context, _gazetteer.RegistryNames.LongestAt(text, i), i == nameStart, found);
            if (end < 0)
                i = NextScanStart(text, i + 1);
            else
                nameStart = i = end;
        }
        return found;
    }

    /// <summary>
    /// One step of the free-text scan at <paramref name="start"/>, given the registry names there: adds the zones
    /// named there to <paramref name="found"/> and returns where the scan goes on.
    /// </summary>
    internal int MentionStep(string text, int start, Jurisdiction context, RegistryNames.Longest names, List<ResolvedZone> found)
    {
        var end = StepAt(text, start, context, names, tryUnlisted: false, found);
        return NextScanStart(text, end < 0 ? start + 1 : end);
    }

    /// <summary>What starts at <paramref name="start"/>: adds the zones it names and returns its end, or -1 for nothing.</summary>
    private int StepAt(string text, int start, Jurisdiction context, RegistryNames.Longest names, bool tryUnlisted, List<ResolvedZone> found)
    {
        if (tryUnlisted && UnlistedZoneAt(text, start, context) is { } unlisted)
        {
            AddDistinct(found, unlisted.Zone);
            return start + unlisted.Length;
        }
        // 马尾海关 names a customs office, not the district: fixed agency names and local offices of national
        // agencies (成都海关, 人民银行成都分行) are stepped over whole.
        if (AgencyLengthAt(text, start, names) is var agencyLength and > 0)
            return start + agencyLength;
        if (AllAreasAt(text, start, context) is { } areas)
        {
            foreach (var area in areas.Zones)
                AddDistinct(found, area);
            return start + areas.Length;
        }
        if (MatchAt(text, start, names, context) is not { } match)
            return -1;
        // Only where a place starts can an unprefixed office (成都海关) start.
        var office = _gazetteer.BranchNames.LongestAt(text, start, allowUnlistedPlace: false);
        if (office is null || office.Value.Length <= match.Length)
            AddDistinct(found, match.Zone);
        return start + Math.Max(match.Length, office?.Length ?? 0);
    }

    /// <summary>How far a fixed agency name or a local office's name written with its prefix reaches, or 0.</summary>
    private int AgencyLengthAt(string text, int start, RegistryNames.Longest names) => Math.Max(
        names.AgencyLength,
        _gazetteer.BranchNames.PrefixedAt(text, start, allowUnlistedPlace: false)?.Length ?? 0);

    /// <summary>The first position at or after <paramref name="from"/> a scan can act on, or the text's length.</summary>
    internal int NextScanStart(string text, int from) => _scanStarts.NextIn(text, from);

    private (int Length, ResolvedZone Zone)? MatchAt(string text, int start, RegistryNames.Longest names, Jurisdiction context)
    {
        if (ScopeWordAt(text, start, context) is { } scope)
            return scope;
        // A district or local zone of another province (鼓楼区 of Fuzhou in a Nanjing plan) is not read as that zone.
        if (names.Zone is not { } zone || !_gazetteer.InScope(zone, context))
            return BareFreeTradeZoneAt(text, start, context);
        return (names.ZoneLength, new ResolvedZone(
            zone.Id, zone.Name, text.Substring(start, names.ZoneLength), zone.Kind, Known: true));
    }

    /// <summary>全国 names the country; 全省 / 全市 / 全区 the document's own province, city or district.</summary>
    private (int Length, ResolvedZone Zone)? ScopeWordAt(string text, int start, Jurisdiction context)
    {
        if (start + 1 >= text.Length || text[start] != '全')
            return null;
        var placeName = text[start + 1] switch
        {
            '国' => _gazetteer.Zones.FirstOrDefault(z => z.Kind == "country")?.Name,
            '省' => context.Province ?? (context.Level == AdminLevel.Provincial ? context.Name : null),
            '市' => context.Level == AdminLevel.Municipal ? context.Name : null,
            '区' => context.Level == AdminLevel.District ? context.Name : null,
            _ => null,
        };
        if (placeName is null)
            return null;
        var kind = _gazetteer.FindZone(placeName)?.Kind ?? "place";
        return (2, new ResolvedZone(Ids.Zone(placeName), placeName, text.Substring(start, 2), kind,
            Known: _gazetteer.FindZone(placeName) is not null));
    }

    private const string AreaWord = "片区";

    /// <summary>
    /// 各片区 / 各自贸片区 / 三个片区 / 三大片区 name every area of the FTZ of the document's province; a count
    /// (三个) only does when it equals the number of areas the gazetteer lists, since 两个片区 names some of them.
    /// </summary>
    private (int Length, List<ResolvedZone> Zones)? AllAreasAt(string text, int start, Jurisdiction context)
    {
        if (AllAreasPhraseAt(text, start) is not { } phrase || ProvinceFreeTradeZone(context) is not { } ftz)
            return null;
        var areas = AreasOf(ftz, text.Substring(start, phrase.Length));
        var countMatches = phrase.Count is null || phrase.Count == areas.Count;
        return areas.Count == 0 || !countMatches ? null : (phrase.Length, areas);
    }

    private List<ResolvedZone> AreasOf(ZoneEntry ftz, string word) =>
        _areasByFreeTradeZone.TryGetValue(ftz.Name, out var areas)
            ? areas.ConvertAll(z => new ResolvedZone(z.Id, z.Name, word, z.Kind, Known: true))
            : [];

    private static Dictionary<string, List<ZoneEntry>> AreasByFreeTradeZone(IEnumerable<ZoneEntry> zones)
    {
        var areas = new Dictionary<string, List<ZoneEntry>>(StringComparer.Ordinal);
        foreach (var zone in zones.Where(z => z.Kind == "ftz-area"))
        {
            foreach (var parent in zone.Parents.Distinct(StringComparer.Ordinal))
            {
                if (!areas.TryGetValue(parent, out var list)) areas[parent] = list = [];
                list.Add(zone);
            }
        }
        return areas;
    }

    /// <summary>各[自贸]片区, or a Chinese count with an optional 个/大 before 片区; Count is null for 各.</summary>
    private static (int Length, int? Count)? AllAreasPhraseAt(string text, int start)
    {
        if (start < text.Length && text[start] == '各')
        {
            var end = start + 1;
            if (string.CompareOrdinal(text, end, "自贸", 0, 2) == 0)
                end += 2;
            return string.CompareOrdinal(text, end, AreaWord, 0, AreaWord.Length) == 0
                ? (end + AreaWord.Length - start, null)
                : null;
        }
        var position = start;
        while (position < text.Length && ChineseDigits.Contains(text[position]))
            position++;
        if (position == start || ChineseCount(text.AsSpan(start, position - start)) is not { } count)
            return null;
        if (position < text.Length && text[position] is '个' or '大')
            position++;
        return string.CompareOrdinal(text, position, AreaWord, 0, AreaWord.Length) == 0
            ? (position + AreaWord.Length - start, count)
            : null;
    }

    private const string Units = "一二三四五六七八九";
    private const string ChineseDigits = Units + "两十";

    /// <summary>Chinese counts from 一 to 九十九 (两, 十二, 二十三); null for anything else.</summary>
    /// <remarks>A span: scans try this at every 一/二/三 of every text, and a substring there was a hot allocation.</remarks>
    private static int? ChineseCount(ReadOnlySpan<char> numeral)
    {
        static int Unit(char c) => c == '两' ? 2 : Units.IndexOf(c) + 1;
        var ten = numeral.IndexOf('十');
        if (ten < 0)
            return numeral.Length == 1 && Unit(numeral[0]) > 0 ? Unit(numeral[0]) : null;
        if (numeral.LastIndexOf('十') != ten || ten > 1 || numeral.Length - ten > 2)
            return null;
        var tens = ten == 0 ? 1 : Unit(numeral[0]);
        var units = ten == numeral.Length - 1 ? 0 : Unit(numeral[^1]);
        return tens > 0 && units >= 0 && (ten == numeral.Length - 1 || units > 0) ? tens * 10 + units : null;
    }

    private ZoneEntry? ProvinceFreeTradeZone(Jurisdiction context)
    {
        var province = context.Province ?? (context.Level == AdminLevel.Provincial ? context.Name : null);
        return province is null ? null : _freeTradeZoneByProvince.GetValueOrDefault(province);
    }

    /// <summary>Each province's FTZ (the first listed whose parent it is), looked up at every bare 自贸试验区.</summary>
    private static Dictionary<string, ZoneEntry> FreeTradeZonesByProvince(IEnumerable<ZoneEntry> zones)
    {
        var byProvince = new Dictionary<string, ZoneEntry>(StringComparer.Ordinal);
        foreach (var zone in zones.Where(z => z.Kind == "ftz"))
        {
            foreach (var parent in zone.Parents) byProvince.TryAdd(parent, zone);
        }
        return byProvince;
    }

    /// <summary>自贸试验区 and its other forms (vocabulary data, see <see cref="ExtractionVocabulary.FreeTradeZoneWords"/>).</summary>
    /// <remarks>An array, not the vocabulary's list: scans loop over it at most positions, and an array's loop allocates no enumerator.</remarks>
    private static readonly string[] BareFreeTradeZoneWords = [.. ExtractionVocabulary.Default.FreeTradeZoneWords];

    /// <summary>A bare 自贸试验区 means the FTZ of the document's province (the one whose parent it is).</summary>
    private (int Length, ResolvedZone Zone)? BareFreeTradeZoneAt(string text, int start, Jurisdiction context)
    {
        if (BareFreeTradeZoneWordAt(text, start) is not { } word || ProvinceFreeTradeZone(context) is not { } zone)
            return null;
        return (word.Length, new ResolvedZone(zone.Id, zone.Name, word, zone.Kind, Known: true));
    }

    private static string? BareFreeTradeZoneWordAt(string text, int start)
    {
        // A loop, not FirstOrDefault: this runs at most positions of every scanned text, so it must not allocate.
        foreach (var word in BareFreeTradeZoneWords)
        {
            if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                return word;
        }
        return null;
    }

    private static ResolvedZone Unknown(string asWritten) =>
        new(Ids.Zone(asWritten), asWritten, asWritten, "unknown", Known: false);

    private static IReadOnlyList<ResolvedZone> Distinct(IEnumerable<ResolvedZone> zones)
    {
        // A linear check, not a HashSet: this runs for every scanned line, which names a handful of zones at most.
        var distinct = new List<ResolvedZone>();
        foreach (var zone in zones)
            AddDistinct(distinct, zone);
        return distinct;
    }

    /// <summary>Adds the zone unless one with its id is already there; scans dedupe as they go, with no second list.</summary>
    private static void AddDistinct(List<ResolvedZone> zones, ResolvedZone zone)
    {
        if (!ContainsId(zones, zone.Id))
            zones.Add(zone);
    }

    // A loop, not List.Exists: a lambda capturing the id would be allocated for every zone.
    private static bool ContainsId(List<ResolvedZone> zones, string id)
    {
        foreach (var zone in zones)
        {
            if (zone.Id == id) return true;
        }
        return false;
    }
}
