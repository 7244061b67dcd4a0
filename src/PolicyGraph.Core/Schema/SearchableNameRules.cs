namespace PolicyGraph.Core.Schema;

/// <summary>
/// What search compares of a node, from its values of <see cref="GraphReads.SearchableKeys"/> (id, name, title, 文号,
/// aliases): the one definition both the web's search and the store's summaries file use, so the two cannot drift.
/// Exact names are what <see cref="GraphReads.NamedExactly"/> compares (the id, the three names and the aliases); the
/// lower-cased names what <see cref="GraphReads.NameContains"/> compares (the same without the id). Values that are
/// not text (a numeric name, aliases written as one string) are not names, as in the queries.
/// </summary>
public static class SearchableNameRules
{
    private const int IdKey = 0, FirstNameKey = 1, AliasesKey = 4;

    /// <summary>The node's id when it is text; a node without one cannot be read by id and is not searchable.</summary>
    public static string? Id(IReadOnlyList<object?> values) => values[IdKey] as string;

    /// <summary>The distinct (ordinal) names an exact match compares, the id first.</summary>
    public static List<string> ExactNames(IReadOnlyList<object?> values)
    {
        var names = new List<string>(4);
        if (Id(values) is { } id) names.Add(id);
        foreach (var name in Names(values))
            if (!names.Contains(name, StringComparer.Ordinal)) names.Add(name);
        return names;
    }

    /// <summary>The distinct (ordinal) lower-cased names a contains match compares.</summary>
    public static List<string> LowerCaseNames(IReadOnlyList<object?> values)
    {
        var names = new List<string>(3);
        foreach (var name in Names(values))
        {
            var lowered = LowerCase(name);
            if (!names.Contains(lowered, StringComparer.Ordinal)) names.Add(lowered);
        }
        return names;
    }

    /// <summary>Name, title, 文号, then the aliases that are text.</summary>
    private static IEnumerable<string> Names(IReadOnlyList<object?> values)
    {
        for (var key = FirstNameKey; key < AliasesKey; key++)
            if (values[key] is string name) yield return name;
        if (values[AliasesKey] is IEnumerable<object?> aliases)
            foreach (var alias in aliases)
                if (alias is string name) yield return name;
    }

    /// <summary>
    /// <paramref name="name"/> as <see cref="string.ToLowerInvariant"/> gives it (what <c>toLower</c> does); a name of
    /// ASCII without capitals and CJK ideographs, kana and symbols (no case in Unicode) is returned as it is, skipping
    /// the call that was most of a read's time.
    /// </summary>
    public static string LowerCase(string name) => IsCaseless(name) ? name : name.ToLowerInvariant();

    /// <summary>Whether <paramref name="name"/> is its own lower case by the quick test of <see cref="LowerCase"/>.</summary>
    public static bool IsCaseless(string name)
    {
        foreach (var c in name)
        {
            var caseless = c < 0x80 ? c is < 'A' or > 'Z' : c is >= '\u3000' and <= '\u9fff';
            if (!caseless)
                return false;
        }
        return true;
    }
}
