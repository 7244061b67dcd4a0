namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Agency and zone names (with their aliases) in one trie, so a mention scan walks the text once at each position
/// for both kinds instead of once per kind. Each kind keeps its first entry for a name, as its own trie does.
/// </summary>
internal sealed class RegistryNames
{
    /// <summary>What one written name stands for: an agency, a zone, or both (a name can be either).</summary>
    internal sealed class Entries
    {
        public AgencyEntry? Agency;
        public ZoneEntry? Zone;
    }

    /// <summary>The longest agency name and the longest zone name starting at one position; a length is 0 for none.</summary>
    internal readonly record struct Longest(int AgencyLength, AgencyEntry? Agency, int ZoneLength, ZoneEntry? Zone);

    private readonly NameTrie<Entries> _trie = new();

    public RegistryNames(IEnumerable<AgencyEntry> agencies, IEnumerable<ZoneEntry> zones)
    {
        foreach (var agency in agencies)
        {
            foreach (var name in agency.Aliases.Prepend(agency.Name).Where(n => n.Length > 0))
                _trie.GetOrAdd(name, () => new Entries()).Agency ??= agency;
        }
        foreach (var zone in zones)
        {
            foreach (var name in zone.Aliases.Prepend(zone.Name).Where(n => n.Length > 0))
                _trie.GetOrAdd(name, () => new Entries()).Zone ??= zone;
        }
    }

    /// <summary>How the names start (see <see cref="NameTrie{T}.KeyStarts"/>).</summary>
    public IEnumerable<string> KeyStarts() => _trie.KeyStarts();

    /// <summary>Every agency or zone name starting at <paramref name="start"/>, shortest first.</summary>
    public NameTrie<Entries>.MatchEnumerator MatchesAt(string text, int start) => _trie.MatchesAt(text, start);

    /// <summary>The longest agency name and the longest zone name at <paramref name="start"/>, in one walk.</summary>
    public Longest LongestAt(string text, int start)
    {
        var longest = default(Longest);
        foreach (var (length, entries) in _trie.MatchesAt(text, start))
        {
            if (entries.Agency is { } agency)
                longest = longest with { AgencyLength = length, Agency = agency };
            if (entries.Zone is { } zone)
                longest = longest with { ZoneLength = length, Zone = zone };
        }
        return longest;
    }
}
