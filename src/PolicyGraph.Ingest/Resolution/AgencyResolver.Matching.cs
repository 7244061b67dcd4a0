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

    private const string LevelMarkers = "省市区县";

    /// <summary>The longest known agency name starting at <paramref name="start"/>, if any.</summary>
    private AgencyMatch? MatchKnownAt(string text, int start, Jurisdiction context, MatchMode mode)
    {
        AgencyMatch? best = null;
        void Consider(AgencyMatch? candidate)
        {
            if (candidate is { } c && (best is null || c.Length > best.Value.Length))
                best = c;
        }

        if (_gazetteer.AgencyNames.LongestAt(text, start) is { } fixedName)
            Consider(new AgencyMatch(fixedName.Length, FromEntry(fixedName.Value, text.Substring(start, fixedName.Length))));
        Consider(MatchPrefixedBranch(text, start, mode));
        foreach (var (placeLength, place) in _gazetteer.ZoneNames.MatchesAt(text, start))
        {
            // Before the department: 四川金融监管局 is the national regulator's office, not a local 金融监管局.
            Consider(MatchBranchAfterPlace(text, start, placeLength, place, mode));
            Consider(MatchDepartment(text, start, placeLength, context, place, null));
        }
        if (start < text.Length && LevelMarkers.Contains(text[start]) && MarkerAllowed(text, start, mode))
            Consider(MatchDepartment(text, start, 1, context, null, text[start]));
        if (mode == MatchMode.List)
            Consider(MatchUnlistedPlaceDepartment(text, start));
        // Free text never accepts a short bare name, so it is not even built there (this runs at most positions).
        var minBareLength = mode == MatchMode.Mention ? MinBareMentionLength : 0;
        if (MatchDepartment(text, start, 0, context, null, null, minBareLength) is { } bare && BareAllowed(bare, mode))
            Consider(bare);
        return mode == MatchMode.Mention && best is { Qualified: false } ? null : best;
    }

    private AgencyMatch? MatchDepartment(
        string text, int start, int prefixLength, Jurisdiction context, ZoneEntry? place, char? marker, int minLength = 0)
    {
        if (_gazetteer.DepartmentNames.LongestAt(text, start + prefixLength) is not { } department
            || prefixLength + department.Length < minLength)
            return null;
        var length = prefixLength + department.Length;
        var asWritten = text.Substring(start, length);
        var entry = department.Value;
        var (qualifier, level) = place is not null
            ? (place.Name, place.Level ?? LevelOfPlaceKind(place))
            : Qualify(marker ?? ImpliedMarker(entry), context);
        if (qualifier is not null && AsBranch(entry, qualifier, asWritten) is { } branch)
            return new AgencyMatch(length, branch);
        var name = (qualifier ?? marker?.ToString() ?? "") + entry.BaseName;
        if (_gazetteer.LookupAgency(name) is { } fixedAgency)
            return new AgencyMatch(length, FromEntry(fixedAgency, asWritten));
        var english = qualifier is not null && entry.EnglishPattern is { } pattern
            ? string.Format(pattern, EnglishOf(qualifier) ?? qualifier)
            : null;
        return new AgencyMatch(length,
            new ResolvedAgency("agency:" + name, name, asWritten, level, entry.Kind, english, Known: true),
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
        if (start >= text.Length || LevelMarkers.Contains(text[start]))
            return null;
        for (var length = 2; length <= 5 && start + length < text.Length; length++)
        {
            // A span, not a substring: lists try this at every position and length.
            var place = text.AsSpan(start, length);
            if (place.ContainsAny(NotInPlaceNames))
                return null;
            if (!LevelMarkers.Contains(place[^1]) || _gazetteer.DepartmentNames.LongestAt(text, start + length) is not { } department)
                continue;
            var name = string.Concat(place, department.Value.BaseName);
            var level = place[^1] switch
            {
                '省' => AdminLevel.Provincial,
                '市' => AdminLevel.Municipal,
                _ => AdminLevel.District,
            };
            var asWritten = text.Substring(start, length + department.Length);
            var agency = AsBranch(department.Value, place.ToString(), asWritten) is { } branch
                ? branch with { Known = false }
                : new ResolvedAgency("agency:" + name, name, asWritten, level, department.Value.Kind, null, Known: false);
            return new AgencyMatch(asWritten.Length, agency);
        }
        return null;
    }

    /// <summary>Only provinces have 厅 departments (other than 办公厅), so a bare 财政厅 is the province's.</summary>
    private static char? ImpliedMarker(DepartmentEntry entry) =>
        entry.BaseName.EndsWith('厅') && !entry.BaseName.EndsWith("办公厅", StringComparison.Ordinal) ? '省' : null;

    /// <summary>In free text a bare department name counts only from this length (市场监管局, not 商务局).</summary>
    private const int MinBareMentionLength = 4;

    private static bool BareAllowed(AgencyMatch bare, MatchMode mode) =>
        mode != MatchMode.Mention
        || (bare.Length >= MinBareMentionLength && bare.Agency.Kind != "people's-government");

    /// <summary>
    /// In free text 区/县 often end a longer word (片区管委会, 园区管委会), so they only count as a level
    /// prefix after a non-letter or a function character.
    /// </summary>
    private static bool MarkerAllowed(string text, int start, MatchMode mode)
    {
        if (mode != MatchMode.Mention || text[start] is '省' or '市' || start == 0)
            return true;
        var previous = text[start - 1];
        return !char.IsLetter(previous) || "各全本和及与由请".Contains(previous);
    }

    /// <summary>The place a level marker (省/市/区/县, or none) refers to in the document's jurisdiction.</summary>
    private (string? Place, string Level) Qualify(char? marker, Jurisdiction context)
    {
        var contextLevel = context.IsKnown ? context.Level : AdminLevel.Municipal;
        return marker switch
        {
            '省' => (context.Province ?? (context.Level == AdminLevel.Provincial ? context.Name : null),
                AdminLevel.Provincial),
            '市' => CityOf(context) is { } city
                // 市商务局 in a Shanghai document is a provincial-level department, as 上海市商务局 is.
                ? (city, _gazetteer.FindZone(city)?.Level ?? AdminLevel.Municipal)
                : (null, AdminLevel.Municipal),
            '区' or '县' => (context.Level == AdminLevel.District ? context.Name : null, AdminLevel.District),
            _ => (context.IsKnown ? context.Name : null, contextLevel),
        };
    }

    private string? CityOf(Jurisdiction context)
    {
        if (context.Level == AdminLevel.Municipal)
            return context.Name;
        if (context.Level != AdminLevel.District || _gazetteer.FindZone(context.Name) is not { } district)
            return null;
        return district.Parents
            .Select(_gazetteer.FindZone)
            .FirstOrDefault(parent => parent?.Level == AdminLevel.Municipal || parent?.Kind == "city")?.Name;
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
        new("agency:" + entry.Name, entry.Name, asWritten, entry.Level, entry.Kind, entry.EnglishName, Known: true);
}
