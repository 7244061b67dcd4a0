using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// The written forms the registry (<c>seeds/reference</c>) knows, for search: aliases of fixed agencies and zones by
/// canonical name, and groups of interchangeable department forms (人社局 = 人力资源和社会保障局). Data only: the
/// gazetteer files decide every form, nothing here is keyed to a particular name.
/// </summary>
public sealed class NameRegistry
{
    private const int MaxExpansions = 16;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _aliasesByName;
    private readonly IReadOnlyList<IReadOnlyList<string>> _formGroups;

    public NameRegistry(IReadOnlyDictionary<string, IReadOnlyList<string>> aliasesByName, IReadOnlyList<IReadOnlyList<string>> departmentForms)
    {
        _aliasesByName = aliasesByName;
        _formGroups = departmentForms
            .Concat(aliasesByName.Select(p => (IReadOnlyList<string>)[p.Key, .. p.Value]))
            .Where(group => group.Count > 1)
            .ToArray();
        _departmentGroupCount = departmentForms.Count;
    }

    private readonly int _departmentGroupCount;

    public static NameRegistry Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), []);

    public static NameRegistry FromGazetteer(Gazetteer gazetteer)
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, names) in gazetteer.Agencies.Select(a => (a.Name, a.Aliases))
                     .Concat(gazetteer.Zones.Select(z => (z.Name, z.Aliases))))
        {
            aliases[name] = aliases.TryGetValue(name, out var known) ? [.. known.Union(names)] : names;
        }
        var departments = gazetteer.Departments.Select(d => (IReadOnlyList<string>)[d.BaseName, .. d.Aliases]).ToArray();
        return new NameRegistry(aliases, departments);
    }

    /// <summary>Canonical names one of whose registered aliases contains <paramref name="text"/> (case-insensitive), with that alias.</summary>
    public IEnumerable<(string Name, string Alias)> NamesWithAliasContaining(string text) =>
        _aliasesByName.SelectMany(p => p.Value.Where(a => a.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(1).Select(a => (p.Key, a)));

    /// <summary>
    /// The text with each registered form it contains replaced by the other forms of its group: 福州人社 also reads as
    /// 福州人力资源和社会保障局, 发展改革委 as 发展和改革委员会. A department form is also recognised without its last
    /// character (人社局 → 人社), as people shorten them. The text itself comes first.
    /// </summary>
    public IReadOnlyList<string> Expand(string text)
    {
        var expansions = new List<string> { text };
        for (var g = 0; g < _formGroups.Count && expansions.Count < MaxExpansions; g++)
        {
            var group = _formGroups[g];
            foreach (var form in group)
            {
                var stem = Stems(form, isDepartment: g < _departmentGroupCount).FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
                if (stem is null)
                    continue;
                expansions.AddRange(group.Where(other => other != form && other != stem).Select(other => text.Replace(stem, other, StringComparison.Ordinal)));
            }
        }
        return expansions.Distinct(StringComparer.Ordinal).Take(MaxExpansions).ToArray();
    }

    private static IEnumerable<string> Stems(string form, bool isDepartment)
    {
        if (form.Length < 2)
            yield break;
        yield return form;
        if (isDepartment && form.Length >= 3)
            yield return form[..^1];
    }
}
