namespace PolicyGraph.Ingest.Resolution;

/// <summary>A local office's name found in text: its form, the place as written and the listed place, if any.</summary>
internal readonly record struct BranchMatch(int Length, BranchForm Form, string PlaceText, ZoneEntry? Place);

/// <summary>
/// Finds names of local offices of vertically managed national agencies (branches.tsv): an optional or required
/// prefix, a place and an ending, as in 人民银行成都分行, 成都海关 or 国家外汇管理局四川省分局.
/// </summary>
internal sealed class BranchForms
{
    public const string PlaceLevel = "place";
    public const string ShortCityProvincial = "short-city-provincial";

    /// <summary>An unlisted place after a written prefix: 2–10 letters, none of those that only phrases have.</summary>
    private const int MinUnlistedPlace = 2;
    private const int MaxUnlistedPlace = 10;
    private const string NotInPlaceNames = "各全本该设等及和与有关";

    private readonly NameTrie<string> _prefixes = new();
    private readonly NameTrie<List<BranchForm>> _endings = new();
    private readonly NameTrie<ZoneEntry> _places;
    private readonly StartCharacters _prefixStarts;

    public BranchForms(IReadOnlyList<BranchForm> forms, NameTrie<ZoneEntry> places)
    {
        _places = places;
        var byEnding = new Dictionary<string, List<BranchForm>>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            foreach (var prefix in form.Prefixes)
                _prefixes.Add(prefix, prefix);
            if (!byEnding.TryGetValue(form.Ending, out var list))
                byEnding[form.Ending] = list = [];
            list.Add(form);
        }
        foreach (var (ending, list) in byEnding)
            _endings.Add(ending, list);
        _prefixStarts = new StartCharacters(_prefixes.FirstCharacters);
    }

    /// <summary>The characters a prefixed name starts with (unprefixed ones start with a place).</summary>
    public IEnumerable<char> PrefixFirstCharacters => _prefixes.FirstCharacters;

    /// <summary>How the prefixes start (see <see cref="NameTrie{T}.KeyStarts"/>).</summary>
    public IEnumerable<string> PrefixKeyStarts() => _prefixes.KeyStarts();

    /// <summary>
    /// The longest local-office name starting at <paramref name="start"/>. With
    /// <paramref name="allowUnlistedPlace"/>, a written prefix may be followed by a place the gazetteer lacks.
    /// </summary>
    public BranchMatch? LongestAt(string text, int start, bool allowUnlistedPlace)
    {
        var best = PrefixedAt(text, start, allowUnlistedPlace);
        foreach (var (placeLength, place) in _places.MatchesAt(text, start))
            Consider(ref best, AfterPlace(text, start, placeLength, place));
        return best;
    }

    /// <summary>An unprefixed name (成都海关) of a place already matched at <paramref name="start"/>.</summary>
    /// <remarks>Scans call this inside their own place matching, so places are looked up once per position.</remarks>
    public BranchMatch? AfterPlace(string text, int start, int placeLength, ZoneEntry place) =>
        EndingAt(text, start, start + placeLength, null, place);

    /// <summary>A name written with its national agency's prefix (人民银行成都分行); null at most positions, cheaply.</summary>
    public BranchMatch? PrefixedAt(string text, int start, bool allowUnlistedPlace)
    {
        if (start >= text.Length || !_prefixStarts.Contains(text[start]))
            return null;
        BranchMatch? best = null;
        foreach (var (prefixLength, prefix) in _prefixes.MatchesAt(text, start))
        {
            var placeStart = start + prefixLength;
            BranchMatch? withPrefix = null;
            foreach (var (placeLength, place) in _places.MatchesAt(text, placeStart))
                Consider(ref withPrefix, EndingAt(text, start, placeStart + placeLength, prefix, place));
            if (withPrefix is null && allowUnlistedPlace)
                withPrefix = UnlistedPlaceAt(text, start, placeStart, prefix);
            Consider(ref best, withPrefix);
        }
        return best;
    }

    public bool IsEnding(string name) => _endings.TryGetExact(name, out _);

    /// <summary>The unprefixed form whose ending is a department's name (税务局), for a place written before it.</summary>
    public BranchForm? UnprefixedFor(string ending, string placeText, ZoneEntry? place) =>
        _endings.TryGetExact(ending, out var forms) ? FirstAccepting(forms, null, placeText, place) : null;

    private BranchMatch? UnlistedPlaceAt(string text, int start, int placeStart, string prefix)
    {
        for (var length = 1; length <= MaxUnlistedPlace && placeStart + length < text.Length; length++)
        {
            var c = text[placeStart + length - 1];
            if (!char.IsLetter(c) || NotInPlaceNames.Contains(c))
                return null;
            if (length >= MinUnlistedPlace && EndingAt(text, start, placeStart + length, prefix, null) is { } match)
                return match;
        }
        return null;
    }

    private BranchMatch? EndingAt(string text, int start, int placeEnd, string? prefix, ZoneEntry? place)
    {
        BranchMatch? best = null;
        var placeStart = start + (prefix?.Length ?? 0);
        foreach (var (endingLength, forms) in _endings.MatchesAt(text, placeEnd))
        {
            if (FirstAccepting(forms, prefix, text.AsSpan(placeStart, placeEnd - placeStart), place) is { } form)
                best = new BranchMatch(placeEnd + endingLength - start, form, text[placeStart..placeEnd], place);
        }
        return best;
    }

    // A loop, not LINQ: this runs after every place found in scanned text, and a lambda's closure would allocate.
    private static BranchForm? FirstAccepting(
        List<BranchForm> forms, string? prefix, ReadOnlySpan<char> placeText, ZoneEntry? place)
    {
        foreach (var form in forms)
        {
            if (Accepts(form, prefix, placeText, place))
                return form;
        }
        return null;
    }

    private static bool Accepts(BranchForm form, string? prefix, ReadOnlySpan<char> placeText, ZoneEntry? place)
    {
        if (prefix is null ? form.PrefixRequired : !form.Prefixes.Contains(prefix))
            return false;
        if (place is not null && !form.PlaceKinds.Contains(place.Kind))
            return false;
        // 四川金融监管局 is the national regulator's office, 四川省金融监管局 the province's own bureau.
        return !form.ShortPlaceOnly
            || (!placeText.SequenceEqual(place?.Name) && !"省市区县".Contains(placeText[^1]));
    }

    private static void Consider(ref BranchMatch? best, BranchMatch? candidate)
    {
        if (candidate is { } c && (best is null || c.Length > best.Value.Length))
            best = c;
    }
}
