using PolicyGraph.Ingest.Building;

namespace PolicyGraph.Ingest.Resolution;

public sealed partial class AgencyResolver
{
    /// <summary>
    /// List cells allow bare department names (市场监管局) and unlisted places (青山区商务局); free text needs a
    /// prefix for short names. Boundary is List without unlisted places, for deciding where an unknown name ends.
    /// </summary>
    private enum MatchMode { List, Boundary, Mention }

    /// <summary>
    /// <see cref="Qualified"/> is false for relative names whose place the context does not give and for offices of
    /// unlisted places (人民银行青云分行); free text drops both.
    /// </summary>
    private readonly record struct AgencyMatch(int Length, ResolvedAgency Agency, bool Qualified = true);

    /// <summary>The longest known agency name starting at <paramref name="start"/>, if any.</summary>
    private AgencyMatch? MatchKnownAt(string text, int start, Jurisdiction context, MatchMode mode) =>
        MatchKnownAt(text, start, context, mode, out _);

    /// <summary>As above; <paramref name="longest"/> is the longest registry agency and zone name at <paramref name="start"/>.</summary>
    private AgencyMatch? MatchKnownAt(string text, int start, Jurisdiction context, MatchMode mode, out RegistryNames.Longest longest)
    {
        // One walk finds the registered name and every place name here; the place matches are weighed after the
        // registered name and the prefixed office, so that of equal lengths the earlier kind still wins.
        (int Length, AgencyEntry Entry)? registered = null;
        (int Length, ZoneEntry Entry)? zoneName = null;
        AgencyMatch? afterPlace = null;
        foreach (var (length, names) in _gazetteer.RegistryNames.MatchesAt(text, start))
        {
            if (names.Agency is { } agency)
                registered = (length, agency);
            if (names.Zone is not { } place)
                continue;
            zoneName = (length, place);
            if (!_gazetteer.InScope(place, context))
                continue;
            // Before the department: 四川金融监管局 is the national regulator's office, not a local 金融监管局.
            afterPlace = Longer(afterPlace, MatchBranchAfterPlace(text, start, length, place, mode));
            afterPlace = Longer(afterPlace, MatchDepartment(text, start, length, context, place, null, LongerThan(afterPlace)));
        }
        longest = new RegistryNames.Longest(registered?.Length ?? 0, registered?.Entry, zoneName?.Length ?? 0, zoneName?.Entry);
        var best = registered is { } r ? MatchRegistered(text, start, r.Length, r.Entry, context) : null;
        best = Longer(best, MatchPrefixedBranch(text, start, mode));
        best = Longer(best, afterPlace);
        if (_gazetteer.LevelWords.At(text, start) is { } word && MarkerAllowed(text, start, word, mode))
            best = Longer(best, MatchDepartment(text, start, word.Word.Length, context, null, word, LongerThan(best)));
        if (mode == MatchMode.List)
            best = Longer(best, MatchUnlistedPlaceDepartment(text, start));
        // Free text never accepts a short bare name, so it is not even built there (this runs at most positions).
        var minBareLength = Math.Max(mode == MatchMode.Mention ? MinBareMentionLength : 0, LongerThan(best));
        if (MatchDepartment(text, start, 0, context, null, null, minBareLength) is { } bare && BareAllowed(bare, mode))
            best = Longer(best, bare);
        return mode == MatchMode.Mention && best is { Qualified: false } ? null : best;
    }

    /// <summary>
    /// A registry name (agencies.tsv) in scope for the document. A national short form that is also a department's
    /// name (发展改革委) is the department in a local document and the national body only in a national one.
    /// </summary>
    private AgencyMatch? MatchRegistered(string text, int start, int length, AgencyEntry entry, Jurisdiction context)
    {
        var asWritten = text.Substring(start, length);
        if (!_gazetteer.InScope(entry, asWritten, context))
            return null;
        if (entry.Level == AdminLevel.National && asWritten != entry.Name && context.Level != AdminLevel.National
            && _gazetteer.DepartmentNames.LongestAt(text, start) is { } department && department.Length == length)
            return null;
        return new AgencyMatch(length, FromEntry(entry, asWritten));
    }

    /// <summary>
    /// The least length a candidate needs to replace <paramref name="current"/> in <see cref="Longer"/>: a department
    /// shorter than that is not built, as its name would be made only to be dropped.
    /// </summary>
    private static int LongerThan(AgencyMatch? current) => (current?.Length ?? 0) + 1;

    /// <summary>The longer of two candidates; the first when they are equally long.</summary>
    private static AgencyMatch? Longer(AgencyMatch? first, AgencyMatch? second) =>
        second is { } s && (first is null || s.Length > first.Value.Length) ? second : first;

    /// <summary>
    /// A department after <paramref name="prefixLength"/> characters of place or level word (none for a bare name),
    /// qualified by the place; null when none starts there or the whole is shorter than <paramref name="minLength"/>
    /// (checked before any string is built).
    /// </summary>
    private AgencyMatch? MatchDepartment(
        string text, int start, int prefixLength, Jurisdiction context, ZoneEntry? place, LevelWord? word, int minLength = 0)
    {
        if (_gazetteer.DepartmentNames.LongestAt(text, start + prefixLength) is not { } department
            || prefixLength + department.Length < minLength)
            return null;
        var length = prefixLength + department.Length;
        var asWritten = text.Substring(start, length);
        var entry = department.Value;
        var (qualifier, level) = place is not null
            ? (place.Name, place.Level ?? LevelOfPlaceKind(place))
            : word is not null ? QualifyLevelWord(word, context) : QualifyBare(entry, context);
        if (qualifier is not null && AsBranch(entry, qualifier, asWritten) is { } branch)
            return new AgencyMatch(length, branch);
        // Only add: a place as written stays as written, a level word gives way to its place, a bare name gains one.
        var name = place is not null || qualifier is null ? asWritten : qualifier + asWritten[prefixLength..];
        if (_gazetteer.LookupAgency(name) is { } registered && _gazetteer.InScope(registered, name, context))
            return new AgencyMatch(length, FromEntry(registered, asWritten));
        var english = qualifier is not null && entry.EnglishPattern is { } pattern
            ? string.Format(pattern, EnglishOf(qualifier) ?? qualifier)
            : null;
        return new AgencyMatch(length,
            new ResolvedAgency(Ids.Agency(name), name, asWritten, level, entry.Kind, english, Known: true),
            Qualified: qualifier is not null);
    }

    /// <summary>Characters that never occur in a place name but do in phrases like 各设区市 or 有关县区.</summary>
    private const string NotInPlaceNames = "各全本该设等及和与有关、，";

    /// <summary>
    /// A department of a place the gazetteer does not list (青山区商务局): a short prefix ending in 省/市/区/县
    /// followed by a known department. Known stays false so the place gets reviewed. Lists only; in free text
    /// such prefixes are too often ordinary words.
    /// </summary>
    private AgencyMatch? MatchUnlistedPlaceDepartment(string text, int start)
    {
        if (start >= text.Length || _gazetteer.LevelWords.Starts(text[start]))
            return null;
        for (var length = 2; length <= 5 && start + length < text.Length; length++)
        {
            // A span, not a substring: lists try this at every position and length.
            var place = text.AsSpan(start, length);
            if (place.ContainsAny(NotInPlaceNames))
                return null;
            if (!PlaceEndings.Contains(place[^1]) || _gazetteer.DepartmentNames.LongestAt(text, start + length) is not { } department)
                continue;
            var level = place[^1] switch
            {
                '省' => AdminLevel.Provincial,
                '市' => AdminLevel.Municipal,
                _ => AdminLevel.District,
            };
            var asWritten = text.Substring(start, length + department.Length);
            var name = asWritten;
            var agency = AsBranch(department.Value, place.ToString(), asWritten) is { } branch
                ? branch with { Known = false }
                : new ResolvedAgency(Ids.Agency(name), name, asWritten, level, department.Value.Kind, null, Known: false);
            return new AgencyMatch(asWritten.Length, agency);
        }
        return null;
    }

    /// <summary>
    /// A bare department name (市场监管局) belongs to the document's own place; only provinces have 厅 departments
    /// (other than 办公厅), so a bare 财政厅 is the province's.
    /// </summary>
    private static (string? Place, string Level) QualifyBare(DepartmentEntry entry, Jurisdiction context)
    {
        if (entry.BaseName.EndsWith('厅') && !entry.BaseName.EndsWith("办公厅", StringComparison.Ordinal))
            return (context.Province ?? (context.Level == AdminLevel.Provincial ? context.Name : null), AdminLevel.Provincial);
        return (context.IsKnown ? context.Name : null, context.IsKnown ? context.Level : AdminLevel.Municipal);
    }

    /// <summary>In free text a bare department name counts only from this length (市场监管局, not 商务局).</summary>
    private const int MinBareMentionLength = 4;

    private static bool BareAllowed(AgencyMatch bare, MatchMode mode) =>
        mode != MatchMode.Mention
        || (bare.Length >= MinBareMentionLength && bare.Agency.Kind != "people's-government");

    /// <summary>
    /// In free text 区/县/州 often end a longer word (片区管委会, 园区管委会, 广州), so level words other than 省/市
    /// only count after a non-letter or a function character.
    /// </summary>
    private static bool MarkerAllowed(string text, int start, LevelWord word, MatchMode mode)
    {
        if (mode != MatchMode.Mention || word.Word is "省" or "市" || start == 0)
            return true;
        var previous = text[start - 1];
        return !char.IsLetter(previous) || "各全本和及与由请".Contains(previous);
    }

    /// <summary>
    /// The place a level word points to: the document's jurisdiction or a place holding it (a district's city, a
    /// city's province) whose level the word allows and whose name ends as the word says (市 → 成都市, 自治区 →
    /// 广西壮族自治区, 实验区 → 平潭综合实验区). Null when the document has no such place.
    /// </summary>
    private (string? Place, string Level) QualifyLevelWord(LevelWord word, Jurisdiction context)
    {
        foreach (var (name, level) in PlacesHolding(context))
        {
            if (word.Levels.Contains(level) && name.EndsWith(word.Ending, StringComparison.Ordinal))
                return (name, level);
        }
        return (null, word.Levels[0]);
    }

    /// <summary>The document's place, then the listed places holding it, innermost first.</summary>
    private IEnumerable<(string Name, string Level)> PlacesHolding(Jurisdiction context)
    {
        if (!context.IsKnown)
            yield break;
        var zone = _gazetteer.FindZone(context.Name);
        // 市商务局 in a Shanghai document is a provincial-level department, as 上海市商务局 is.
        yield return (context.Name, zone?.Level ?? context.Level);
        if (zone is null)
        {
            if (context.Province is { } province && province != context.Name)
                yield return (province, AdminLevel.Provincial);
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { zone.Name };
        var queue = new Queue<string>(zone.Parents);
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (!seen.Add(next) || _gazetteer.FindZone(next) is not { } parent)
                continue;
            yield return (parent.Name, parent.Level ?? LevelOfPlaceKind(parent));
            foreach (var grandparent in parent.Parents)
                queue.Enqueue(grandparent);
        }
    }

    private static string LevelOfPlaceKind(ZoneEntry place) => place.Kind switch
    {
        "country" => AdminLevel.National,
        "province" => AdminLevel.Provincial,
        "district" or "county" or "county-city" => AdminLevel.District,
        _ => AdminLevel.Municipal,
    };

    private string? EnglishOf(string placeName) => _gazetteer.FindZone(placeName)?.EnglishName;

    private static ResolvedAgency FromEntry(AgencyEntry entry, string asWritten) =>
        new(entry.Id, entry.Name, asWritten, entry.Level, entry.Kind, entry.EnglishName, Known: true);
}
