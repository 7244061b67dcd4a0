using PolicyGraph.Ingest.Building;

namespace PolicyGraph.Ingest.Resolution;

public sealed partial class AgencyResolver
{
    /// <summary>"原四川银保监局" in a list names the former office itself.</summary>
    private const char Former = '原';

    /// <summary>
    /// A local office of a national agency written with its prefix (人民银行成都分行), whole: never split into the
    /// national agency and a remainder. A prefix before an unlisted place is kept as one unknown agency in lists
    /// and stepped over in free text (not a mention of 中国人民银行); "原" before an office's name is kept in lists.
    /// </summary>
    private AgencyMatch? MatchPrefixedBranch(string text, int start, MatchMode mode)
    {
        var branches = _gazetteer.BranchNames;
        var allowUnlisted = mode != MatchMode.Boundary;
        if (mode != MatchMode.Mention && text[start] == Former && start + 1 < text.Length)
            return ToBranchMatch(text, start, 1, branches.LongestAt(text, start + 1, allowUnlisted), mode);
        return ToBranchMatch(text, start, 0, branches.PrefixedAt(text, start, allowUnlisted), mode);
    }

    /// <summary>A local office named after the place matched at <paramref name="start"/> (成都海关).</summary>
    private AgencyMatch? MatchBranchAfterPlace(string text, int start, int placeLength, ZoneEntry place, MatchMode mode) =>
        ToBranchMatch(text, start, 0, _gazetteer.BranchNames.AfterPlace(text, start, placeLength, place), mode);

    private AgencyMatch? ToBranchMatch(string text, int start, int offset, BranchMatch? found, MatchMode mode)
    {
        if (found is not { } branch)
            return null;
        var length = offset + branch.Length;
        var asWritten = text.Substring(start, length);
        var name = BranchName(branch.Form, branch.PlaceText, branch.Place);
        if ((_gazetteer.LookupAgency(name) ?? _gazetteer.LookupAgency(asWritten[offset..])) is { } fixedAgency)
            return new AgencyMatch(length, FromEntry(fixedAgency, asWritten));
        return new AgencyMatch(length, BranchAgency(branch.Form, name, asWritten, branch.PlaceText, branch.Place),
            Qualified: mode != MatchMode.Mention || branch.Place is not null);
    }

    /// <summary>
    /// A department whose name is also a local office's ending (税务局) takes the office's canonical name:
    /// 市税务局 in a Chengdu document is 国家税务总局成都市税务局, as 福建省税务局 is 国家税务总局福建省税务局.
    /// </summary>
    private ResolvedAgency? AsBranch(DepartmentEntry department, string placeName, string asWritten)
    {
        // Most departments are no office's ending: decide that before looking the place up.
        if (!_gazetteer.BranchNames.IsEnding(department.BaseName))
            return null;
        var place = _gazetteer.FindZone(placeName);
        if (_gazetteer.BranchNames.UnprefixedFor(department.BaseName, placeName, place) is not { } form)
            return null;
        var name = BranchName(form, placeName, place);
        return _gazetteer.LookupAgency(name) is { } fixedAgency
            ? FromEntry(fixedAgency, asWritten)
            : BranchAgency(form, name, asWritten, placeName, place, known: true);
    }

    private ResolvedAgency BranchAgency(BranchForm form, string name, string asWritten, string placeText, ZoneEntry? place) =>
        BranchAgency(form, name, asWritten, placeText, place, known: place is not null);

    private ResolvedAgency BranchAgency(
        BranchForm form, string name, string asWritten, string placeText, ZoneEntry? place, bool known)
    {
        var english = place is not null && form.EnglishPattern is { } pattern && place.EnglishName is { } placeEnglish
            ? string.Format(pattern, BareEnglish(placeEnglish), placeEnglish)
            : null;
        return new ResolvedAgency(Ids.Agency(name), name, asWritten, BranchLevel(form, placeText, place), form.Kind,
            english, known);
    }

    private string BranchName(BranchForm form, string placeText, ZoneEntry? place) => form.Canonical
        .Replace("{place}", placeText)
        .Replace("{short}", place is null ? placeText : ShortName(place))
        .Replace("{full}", place is null ? placeText : FullName(place))
        .Replace("{served}", place is null ? placeText : ServedPlace(form, placeText, place));

    /// <summary>A provincial capital written without 市 (人行福州中心支行) named an office serving the province.</summary>
    private string ServedPlace(BranchForm form, string placeText, ZoneEntry place) =>
        BranchLevel(form, placeText, place) == AdminLevel.Provincial && place.Kind == "city"
            && _gazetteer.ProvinceOf(place) is { } province
            ? province
            : FullName(place);

    private static string BranchLevel(BranchForm form, string placeText, ZoneEntry? place)
    {
        if (form.LevelRule is not (BranchForms.PlaceLevel or BranchForms.ShortCityProvincial))
            return form.LevelRule;
        if (place is null)
            return placeText[^1] switch
            {
                '省' => AdminLevel.Provincial,
                '区' or '县' => AdminLevel.District,
                _ => AdminLevel.Municipal,
            };
        var level = place.Level ?? LevelOfPlaceKind(place);
        return form.LevelRule == BranchForms.ShortCityProvincial && place.Kind == "city" && !placeText.EndsWith('市')
            ? AdminLevel.Provincial
            : level;
    }

    /// <summary>四川省 → 四川, 海口市 → 海口: the listed short alias, else the name without 省/市.</summary>
    private static string ShortName(ZoneEntry place) =>
        place.Aliases.FirstOrDefault(a => a.Length < place.Name.Length && place.Name.StartsWith(a, StringComparison.Ordinal))
        ?? (place.Name.Length > 2 && place.Name[^1] is '省' or '市' ? place.Name[..^1] : place.Name);

    /// <summary>A district's offices carry its city's name too (国家税务总局福州市仓山区税务局).</summary>
    private string FullName(ZoneEntry place) =>
        place.Kind == "district" && place.Parents.Select(_gazetteer.FindZone).FirstOrDefault(p => p?.Kind == "city") is { } city
            ? city.Name + place.Name
            : place.Name;

    private static readonly string[] EnglishDesignations =
        [" Autonomous Region", " Zhuang", " Hui", " Uygur", " Province", " Municipality", " Municipal",
         " District", " County", " Comprehensive Experimental Zone", " New Area"];

    /// <summary>"Sichuan Province" → "Sichuan", "Guangxi Zhuang Autonomous Region" → "Guangxi".</summary>
    private static string BareEnglish(string english)
    {
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var designation in EnglishDesignations)
            {
                if (english.EndsWith(designation, StringComparison.Ordinal) && english.Length > designation.Length)
                {
                    english = english[..^designation.Length];
                    trimmed = true;
                }
            }
        }
        return english;
    }
}
