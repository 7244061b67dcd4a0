using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Resolution;

/// <summary>How a name as written became its canonical name.</summary>
public static class NameOutcome
{
    /// <summary>The document's place was prefixed to a name opening with a level word or to a bare department name.</summary>
    public const string Qualified = "qualified";

    /// <summary>The canonical name is the name as written.</summary>
    public const string AsWritten = "as-written";

    /// <summary>The name as written is a registered alias (agencies.tsv, reorganisations.tsv, an office form of branches.tsv).</summary>
    public const string Alias = "alias";

    /// <summary>None of the above: the name was changed beyond qualification (a defect the report exists to show).</summary>
    public const string Altered = "altered";
}

/// <summary>One name as written, its canonical name, the outcome and why.</summary>
public sealed record NameFinding(string AsWritten, string Canonical, string Outcome, string Reason);

/// <summary>One agency reached from more than one written form.</summary>
public sealed record AliasMerge(string Canonical, IReadOnlyList<string> Forms, int Documents);

/// <summary>
/// What resolution did to the agency names of a graph's RESPONSIBLE_FOR edges: names qualified, names left as written
/// and why, aliases merged across documents, and how many edges the text gives a role. Printed by <c>check</c>.
/// </summary>
public sealed record AgencyNameReport(
    IReadOnlyList<NameFinding> Findings,
    IReadOnlyList<AliasMerge> Merges,
    IReadOnlyDictionary<string, int> EdgesByRole)
{
    /// <summary>The role key of edges whose text states none.</summary>
    public const string NotStated = "not stated";

    public static AgencyNameReport FromGraph(PropertyGraph graph, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var edges = graph.Relationships.Where(r => r.Type == "RESPONSIBLE_FOR" && graph.FindNode(r.StartId) is not null)
            .Select(r => (Edge: r, Agency: graph.FindNode(r.StartId)!, Written: r["asWritten"] as string ?? ""))
            .ToList();
        var findings = edges
            .Select(e => Classify(gazetteer, e.Written, e.Agency["name"] as string ?? "", e.Agency["kind"] as string,
                e.Agency["known"] as bool? ?? false, e.Agency["level"] as string))
            .DistinctBy(f => (f.AsWritten, f.Canonical))
            .OrderBy(f => f.Outcome, StringComparer.Ordinal).ThenBy(f => f.Canonical, StringComparer.Ordinal)
            .ToList();
        var merges = edges
            .GroupBy(e => e.Agency["name"] as string ?? e.Agency.Id)
            .Select(g => new AliasMerge(g.Key,
                g.Select(e => NameForms.Core(e.Written)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Select(e => e.Edge["sourceFile"] as string).Distinct().Count()))
            .Where(m => m.Forms.Count > 1)
            .OrderBy(m => m.Canonical, StringComparer.Ordinal)
            .ToList();
        var roles = edges.GroupBy(e => e.Edge["role"] as string ?? NotStated)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new AgencyNameReport(findings, merges, roles);
    }

    /// <summary>
    /// The outcome for one name: qualified when the canonical name is the name as written (minus its level word)
    /// with a place in front; as written when it is the same; an alias when the registry maps the written form onto
    /// it; anything else is reported as altered.
    /// </summary>
    public static NameFinding Classify(Gazetteer gazetteer, string asWritten, string canonical, string? kind, bool known, string? level)
    {
        var core = NameForms.Core(asWritten);
        if (core == canonical)
            return new NameFinding(core, canonical, NameOutcome.AsWritten, WhyAsWritten(gazetteer, core, kind, known, level));
        // 市商务局 → 成都市 + 商务局; 市场监管局 (no level word: 市场 is a word) → 成都市 + 市场监管局. A listed
        // place's canonical name is the likelier reading of the prefix, so it is tried first.
        var prefixes = new[] { StripLevelWord(gazetteer, core), core }
            .Where(rest => canonical.Length > rest.Length && canonical.EndsWith(rest, StringComparison.Ordinal))
            .Select(rest => canonical[..^rest.Length])
            .OrderByDescending(prefix => gazetteer.FindZone(prefix) is not null)
            .ToList();
        if (prefixes.FirstOrDefault(prefix => IsPlace(gazetteer, prefix)) is { } place)
            return new NameFinding(core, canonical, NameOutcome.Qualified, "prefixed " + place);
        return IsRegisteredAlias(gazetteer, core, canonical)
            ? new NameFinding(core, canonical, NameOutcome.Alias, "registered alias")
            : new NameFinding(core, canonical, NameOutcome.Altered, "changed beyond qualification");
    }

    /// <summary>The written form names the canonical agency in the registry or is a listed office form.</summary>
    public static bool IsRegisteredAlias(Gazetteer gazetteer, string core, string canonical)
    {
        if (gazetteer.LookupAgency(core) is { } entry)
            return entry.Name == canonical;
        var office = gazetteer.BranchNames.LongestAt(core, 0, allowUnlistedPlace: true);
        return office is { } match && match.Length == core.Length
            || gazetteer.Agencies.Any(a => a.Name == canonical && a.Aliases.Any(alias => alias.EndsWith(StripLevelWord(gazetteer, core), StringComparison.Ordinal)));
    }

    /// <summary>A listed place, or an unlisted one named by its level ending (青山县); never a national body's name.</summary>
    private static bool IsPlace(Gazetteer gazetteer, string prefix) =>
        gazetteer.LookupZone(prefix) is not null
        || (!prefix.StartsWith("国家", StringComparison.Ordinal) && !prefix.StartsWith("中国", StringComparison.Ordinal)
            && gazetteer.LevelWordList.Any(w => prefix.EndsWith(w.Ending, StringComparison.Ordinal) && prefix.Length > w.Ending.Length));

    private static string StripLevelWord(Gazetteer gazetteer, string core) =>
        gazetteer.LevelWords.At(core, 0) is { } word && core.Length > word.Word.Length ? core[word.Word.Length..] : core;

    private static readonly string[] NonGovernmentKinds =
        ["court", "arbitration", "enterprise", "state-enterprise", "university", "association", "mass-organisation",
         "public-institution", "procuratorate", "bank-branch"];

    private static string WhyAsWritten(Gazetteer gazetteer, string core, string? kind, bool known, string? level)
    {
        if (!known) return "unknown name, kept as written";
        if (level == AdminLevel.National) return "national body";
        if (kind is not null && NonGovernmentKinds.Contains(kind)) return "not a government department (" + kind + ")";
        if (gazetteer.ZoneNames.LongestAt(core, 0) is not null) return "carries its place";
        if (gazetteer.LevelPrefixOf(core) is not null) return "level word whose place the document does not give";
        return "registry name";
    }
}

/// <summary>The name proper of a written form.</summary>
public static class NameForms
{
    /// <summary>Without a leading 原 (原四川银保监局) and without a bracketed note after it.</summary>
    public static string Core(string asWritten)
    {
        var text = asWritten.Trim();
        return WithoutNote(text.Length > 2 && text[0] == '原' ? text[1..] : text);
    }

    /// <summary>Drops a trailing bracketed note (省商务厅（口岸办）); brackets inside a name (中国（福建）…) stay.</summary>
    public static string WithoutNote(string text)
    {
        if (text.Length == 0 || text[^1] is not ('）' or ')'))
            return text;
        var open = text.LastIndexOfAny(['（', '(']);
        return open > 0 ? text[..open] : text;
    }
}
