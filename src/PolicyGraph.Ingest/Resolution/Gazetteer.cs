using PolicyGraph.Ingest.Building;

namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// The curated reference data for name resolution, loaded from a directory holding
/// agencies.tsv (fixed-name agencies), departments.tsv (jurisdiction-relative departments), zones.tsv
/// (places and zones) and, optionally, branches.tsv (name forms of national agencies' local offices).
/// Immutable once loaded; safe to share between threads.
/// </summary>
public sealed partial class Gazetteer
{
    public const string AgenciesFile = "agencies.tsv";
    public const string DepartmentsFile = "departments.tsv";
    public const string ZonesFile = "zones.tsv";
    public const string BranchesFile = "branches.tsv";
    public const string LevelWordsFile = "level-words.tsv";
    public const string ReorganisationsFile = "reorganisations.tsv";
    public const string AgencyEndingsFile = "agency-endings.tsv";

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault);

    private readonly Dictionary<string, ZoneEntry> _zonesByName;

    private Gazetteer(
        IReadOnlyList<AgencyEntry> agencies,
        IReadOnlyList<Reorganisation> reorganisations,
        IReadOnlyList<DepartmentEntry> departments,
        IReadOnlyList<ZoneEntry> zones,
        IReadOnlyList<BranchForm> branches,
        IReadOnlyList<LevelWord> levelWords,
        IReadOnlyList<AgencyEnding> agencyEndings)
    {
        Agencies = agencies;
        Reorganisations = reorganisations;
        Departments = departments;
        Zones = zones;
        Branches = branches;
        _zonesByName = zones.ToDictionary(z => z.Name, StringComparer.Ordinal);
        AgencyNames = BuildTrie(agencies, a => a.Aliases.Prepend(a.Name));
        DepartmentNames = BuildTrie(departments, d => d.Aliases.Prepend(d.BaseName));
        ZoneNames = BuildTrie(zones, z => z.Aliases.Prepend(z.Name));
        RegistryNames = new RegistryNames(agencies, zones);
        BranchNames = new BranchForms(branches, ZoneNames);
        LevelWordList = levelWords;
        AgencyEndingList = agencyEndings;
        AgencyEndings = new AgencyEndings(agencyEndings);
        LevelWords = new LevelWords(levelWords, AgencyEndings);
        _provinceOfZone = zones.ToDictionary(z => z.Name,
            z => NearestAncestor(z, IsProvincialLevel)?.Name, StringComparer.Ordinal);
        ZoneHierarchy = zones
            .SelectMany(z => z.Parents.Select(p => (z.Id, Ids.Zone(p))))
            .ToList();
    }

    /// <summary>The default gazetteer (seeds/reference found by walking up), loaded once.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public IReadOnlyList<AgencyEntry> Agencies { get; }

    /// <summary>Former names of reorganised bodies and the current body they resolve to (reorganisations.tsv).</summary>
    public IReadOnlyList<Reorganisation> Reorganisations { get; }

    public IReadOnlyList<DepartmentEntry> Departments { get; }

    public IReadOnlyList<ZoneEntry> Zones { get; }

    /// <summary>Name forms of local offices of national agencies (人民银行 + place + 分行); empty without branches.tsv.</summary>
    public IReadOnlyList<BranchForm> Branches { get; }

    /// <summary>PART_OF pairs between zone ids ("zone:福州片区" → "zone:中国（福建）自由贸易试验区").</summary>
    public IReadOnlyList<(string ChildId, string ParentId)> ZoneHierarchy { get; }

    internal NameTrie<AgencyEntry> AgencyNames { get; }

    internal NameTrie<DepartmentEntry> DepartmentNames { get; }

    internal NameTrie<ZoneEntry> ZoneNames { get; }

    /// <summary>Agency and zone names together, for scans that look for both at each position.</summary>
    internal RegistryNames RegistryNames { get; }

    internal BranchForms BranchNames { get; }

    /// <summary>Words such as 市, 自治区, 实验区 that open a name relative to the document's place (level-words.tsv).</summary>
    public IReadOnlyList<LevelWord> LevelWordList { get; }

    internal LevelWords LevelWords { get; }

    /// <summary>Generic endings of agency names (局, 管委会, 有限公司) and the kind each implies (agency-endings.tsv).</summary>
    public IReadOnlyList<AgencyEnding> AgencyEndingList { get; }

    internal AgencyEndings AgencyEndings { get; }

    public ZoneEntry? FindZone(string canonicalName) => _zonesByName.GetValueOrDefault(canonicalName);

    /// <summary>The zone whose canonical name or alias is exactly <paramref name="nameOrAlias"/>.</summary>
    public ZoneEntry? LookupZone(string nameOrAlias) =>
        ZoneNames.TryGetExact(nameOrAlias, out var zone) ? zone : null;

    /// <summary>The fixed-name agency whose canonical name or alias is exactly <paramref name="nameOrAlias"/>.</summary>
    public AgencyEntry? LookupAgency(string nameOrAlias) =>
        AgencyNames.TryGetExact(nameOrAlias, out var agency) ? agency : null;

    /// <summary>
    /// The level word opening <paramref name="name"/> as a prefix relative to the document's place (市 in 市商务局),
    /// or null: not when the name reads from its first character as a department's name (市场监管局 — 市场 is a
    /// word, not 市 + 场监管局).
    /// </summary>
    internal LevelWord? LevelPrefixOf(string name) =>
        LevelWords.At(name, 0) is { } word
        && (DepartmentNames.LongestAt(name, 0) is not { } department || department.Length <= word.Word.Length)
            ? word
            : null;

    /// <summary>The nearest ancestor (or the zone itself) of the given kind, e.g. the province of a district.</summary>
    public ZoneEntry? AncestorOfKind(ZoneEntry zone, string kind) => NearestAncestor(zone, z => z.Kind == kind);

    /// <summary>Breadth-first over PART_OF parents, starting with the zone itself.</summary>
    public ZoneEntry? NearestAncestor(ZoneEntry zone, Func<ZoneEntry, bool> predicate)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<ZoneEntry>([zone]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!seen.Add(current.Name))
                continue;
            if (predicate(current))
                return current;
            foreach (var parent in current.Parents)
            {
                if (FindZone(parent) is { } parentZone)
                    queue.Enqueue(parentZone);
            }
        }
        return null;
    }

    private static NameTrie<T> BuildTrie<T>(IEnumerable<T> entries, Func<T, IEnumerable<string>> names)
    {
        var trie = new NameTrie<T>();
        foreach (var entry in entries)
        {
            foreach (var name in names(entry))
                trie.Add(name, entry);
        }
        return trie;
    }
}
