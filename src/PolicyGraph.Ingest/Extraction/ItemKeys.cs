namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Gives every item of a document a key unique within it: the heading path and the number as written ("2/1"),
/// the table and row number for an item only a table states ("t1/3"), with "~2", "~3" … on a repeat.
/// </summary>
internal static class ItemKeys
{
    public static (IReadOnlyList<ParsedMeasure> Measures, IReadOnlyList<ParsedMeasure> Requirements) Assign(
        IReadOnlyList<ParsedMeasure> measures, IReadOnlyList<ParsedMeasure> requirements)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string Unique(string key)
        {
            var count = seen.GetValueOrDefault(key) + 1;
            seen[key] = count;
            return count == 1 ? key : $"{key}~{count}";
        }
        var keyedMeasures = measures.Select(m => m with { Key = Unique(BaseKey(m)) }).ToList();
        var keyedRequirements = requirements.Select(m => m with { Key = Unique(BaseKey(m)) }).ToList();
        return (keyedMeasures, keyedRequirements);
    }

    private static string BaseKey(ParsedMeasure item)
    {
        if (item.Body is null) return $"t{item.TableIndex}/{item.Seq}";
        return item.SectionPath is null ? $"{item.Seq}" : $"{item.SectionPath}/{item.Seq}";
    }
}
