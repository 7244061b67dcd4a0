namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Turns agency names as written (lists in 责任单位 cells, names in free text) into canonical,
/// jurisdiction-qualified agencies. Unknown names are kept with <see cref="ResolvedAgency.Known"/> = false.
/// </summary>
public sealed partial class AgencyResolver
{
    private readonly Gazetteer _gazetteer;

    /// <summary>
    /// How a name found in free text can start: the mention scan skips every position where none of the tries
    /// <see cref="MatchKnownAt(string, int, Jurisdiction, MatchMode, out RegistryNames.Longest)"/> walks in mention
    /// mode (registry names, departments, branch prefixes, level words) has a key starting.
    /// </summary>
    private readonly StartPairs _mentionStarts;

    public AgencyResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _mentionStarts = new StartPairs([
            .. gazetteer.RegistryNames.KeyStarts(),
            .. gazetteer.DepartmentNames.KeyStarts(),
            .. gazetteer.BranchNames.PrefixKeyStarts(),
            .. gazetteer.LevelWords.KeyStarts(),
        ]);
    }

    /// <summary>
    /// Resolves a responsibility list such as "市委金融办、自贸试验区福州片区管委会，仓山区、马尾区、福清市人民政府"
    /// or a run with no delimiters ("人行福州中心支行人行厦门市中心支行省委台港澳办"), in written order,
    /// without duplicates.
    /// </summary>
    public IReadOnlyList<ResolvedAgency> ResolveList(string cellText, Jurisdiction context)
    {
        ArgumentNullException.ThrowIfNull(cellText);
        ArgumentNullException.ThrowIfNull(context);
        // Markup is never part of a name (documents may carry <script> and the like); drop it before splitting.
        var items = ExpandSharedSuffixes(SplitItems(Repair.MarkupCleaner.RemoveAllMarkup(cellText), _gazetteer.LevelWords.Collectives));
        return Distinct(items.SelectMany(item => Segment(item, context)));
    }

    /// <summary>Resolves one agency name (e.g. a document's issuer); the whole text names one agency.</summary>
    public ResolvedAgency Resolve(string name, Jurisdiction context)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(context);
        var trimmed = Normalize(name);
        var match = MatchKnownAt(trimmed, 0, context, MatchMode.List);
        return match is { } m && m.Length == trimmed.Length ? m.Agency : ResolveUnknown(trimmed, context);
    }

    /// <summary>
    /// Finds agencies named in free text (known names, and department names with a place or level prefix),
    /// first occurrence first, without duplicates. Unknown names are not guessed in free text.
    /// </summary>
    public IReadOnlyList<ResolvedAgency> FindMentions(string text, Jurisdiction context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<ResolvedAgency>();
        for (var i = NextMentionStart(text, 0); i < text.Length;)
            i = MentionStep(text, i, context, found, out _);
        return found;
    }

    /// <summary>
    /// One step of the mention scan at <paramref name="start"/>: adds the agency named there, if any, to
    /// <paramref name="found"/> and returns where the scan goes on. <paramref name="names"/> gives the registry
    /// names seen at <paramref name="start"/>, so a zone scan at the same position need not walk the trie again.
    /// </summary>
    internal int MentionStep(string text, int start, Jurisdiction context, List<ResolvedAgency> found, out RegistryNames.Longest names)
    {
        if (MatchKnownAt(text, start, context, MatchMode.Mention, out names) is not { } match)
            return NextMentionStart(text, start + 1);
        AddDistinct(found, match.Agency);
        return NextMentionStart(text, start + match.Length);
    }

    /// <summary>The first position at or after <paramref name="from"/> where a name can start, or the text's length.</summary>
    internal int NextMentionStart(string text, int from) => _mentionStarts.NextIn(text, from);

    /// <summary>
    /// <see cref="FindMentions"/> without skipping any position: slower, and the reference that
    /// <see cref="NextMentionStart"/>'s skipping must not change.
    /// </summary>
    internal IReadOnlyList<ResolvedAgency> FindMentionsAtEveryPosition(string text, Jurisdiction context)
    {
        var found = new List<ResolvedAgency>();
        for (var i = 0; i < text.Length;)
        {
            if (MatchKnownAt(text, i, context, MatchMode.Mention) is not { } match)
            {
                i++;
                continue;
            }
            AddDistinct(found, match.Agency);
            i += match.Length;
        }
        return found;
    }

    private static IReadOnlyList<ResolvedAgency> Distinct(IEnumerable<ResolvedAgency> agencies)
    {
        // A linear check, not a HashSet: this runs for every scanned line, which names a handful of agencies at most.
        var distinct = new List<ResolvedAgency>();
        foreach (var agency in agencies)
            AddDistinct(distinct, agency);
        return distinct;
    }

    /// <summary>Adds the agency unless one with its id is already there; the mention scan dedupes as it goes.</summary>
    private static void AddDistinct(List<ResolvedAgency> agencies, ResolvedAgency agency)
    {
        if (!ContainsId(agencies, agency.Id))
            agencies.Add(agency);
    }

    // A loop, not List.Exists: a lambda capturing the id would be allocated for every agency.
    private static bool ContainsId(List<ResolvedAgency> agencies, string id)
    {
        foreach (var agency in agencies)
        {
            if (agency.Id == id) return true;
        }
        return false;
    }
}
