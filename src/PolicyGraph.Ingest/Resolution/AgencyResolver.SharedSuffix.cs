namespace PolicyGraph.Ingest.Resolution;

public sealed partial class AgencyResolver
{
    private const string PlaceEndings = "省市区县";

    /// <summary>
    /// "仓山区、马尾区、福清市人民政府" names three people's governments and "福州、厦门、平潭片区管委会"
    /// three committees: bare place names take the ending of the next item that has one.
    /// </summary>
    private List<string> ExpandSharedSuffixes(List<string> items)
    {
        var result = new List<string>(items.Count);
        var pending = new List<string>();
        foreach (var item in items)
        {
            if (IsBarePlace(item))
            {
                pending.Add(item);
                continue;
            }
            var suffix = pending.Count > 0 ? SharedSuffix(pending, item) : null;
            result.AddRange(suffix is null ? pending : pending.Select(p => p + suffix));
            result.Add(item);
            pending.Clear();
        }
        result.AddRange(pending);
        return result;
    }

    private bool IsBarePlace(string item)
    {
        if (_gazetteer.AgencyEndings.KindOf(item) is not null || _gazetteer.LookupAgency(item) is not null)
            return false;
        return _gazetteer.LookupZone(item) is not null
            || (item.Length is >= 2 and <= 6 && PlaceEndings.Contains(item[^1]));
    }

    /// <summary>
    /// The ending of <paramref name="last"/> after a place written the same way as the bare items:
    /// with its level character (福清市 + 人民政府) or as a short stem (平潭 + 片区管委会).
    /// </summary>
    private string? SharedSuffix(List<string> bareItems, string last)
    {
        var withLevel = bareItems.All(b => PlaceEndings.Contains(b[^1]));
        int? prefixLength = withLevel
            ? Enumerable.Range(2, Math.Max(0, last.Length - 3)).Cast<int?>()
                .FirstOrDefault(k => PlaceEndings.Contains(last[k!.Value - 1]))
            : ShortestPlaceAt(last);
        if (prefixLength is not { } k || k >= last.Length)
            return null;
        var suffix = last[k..];
        return _gazetteer.AgencyEndings.KindOf("X" + suffix) is null ? null : suffix;
    }

    private int? ShortestPlaceAt(string text)
    {
        foreach (var (length, _) in _gazetteer.ZoneNames.MatchesAt(text, 0))
        {
            if (length < text.Length)
                return length;
        }
        return null;
    }
}
