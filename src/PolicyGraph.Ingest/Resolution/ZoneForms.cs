namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Endings that make a name unmistakably a zone (综合保税区, 片区, 新区 …), used to keep zones the gazetteer does
/// not list, and the stems that must not be read as place names (相关片区, 国家级新区, 三个片区).
/// </summary>
internal static class ZoneForms
{
    public const string FreeTradeZoneArea = "ftz-area";

    /// <summary>A 片区 outside any free trade zone: a planning area of a city.</summary>
    public const string PlanningArea = "area";

    private const string AreaEnding = "片区";

    /// <summary>Longer endings first, so 综合保税区 wins over 保税区 and 新片区 over 新区.</summary>
    private static readonly (string Ending, string Kind)[] Endings =
    [
        ("高新技术产业开发区", "development-zone"),
        ("经济技术开发区", "development-zone"),
        ("保税物流园区", "bonded-logistics-park"),
        ("综合保税区", "comprehensive-bonded-zone"),
        ("保税港区", "bonded-port-area"),
        ("综保区", "comprehensive-bonded-zone"),
        ("保税区", "bonded-zone"),
        ("高新区", "development-zone"),
        ("经开区", "development-zone"),
        ("新片区", FreeTradeZoneArea),
        (AreaEnding, FreeTradeZoneArea),
        ("新区", "new-area"),
    ];

    private const int MinStemLength = 2;
    private const int MaxStemLength = 10;

    /// <summary>Characters of quantifiers, pronouns and conjunctions, which place names do not contain.</summary>
    private const string NotInStems = "各个级等些每某该其我述及与和或的在对";

    /// <summary>Words that make a stem a description (相关片区, 试点片区, 支持…新区) rather than a name.</summary>
    private static readonly string[] DescriptiveWords =
    [
        "相关", "有关", "所有", "所在", "部分", "全部", "其余", "重点", "试点", "周边", "新设", "拟设", "现有", "上述",
        "以上", "以下", "符合", "条件", "全国", "全省", "全市", "全区", "全县", "本市", "本省", "本区", "本县",
        "支持", "推动", "推进", "依托", "鼓励", "探索", "开展", "实施", "推广", "复制", "建设", "打造", "范围", "区域",
        "加快", "加强", "优化", "完善", "深化", "围绕", "聚焦", "结合", "立足", "面向", "覆盖", "包括", "涉及",
    ];

    /// <summary>Whole stems that name a position or a tier, not a place (中心片区, 国家新区, 城市新区).</summary>
    private static readonly string[] GenericStems =
    [
        "中国", "国家", "城市", "中心", "核心", "城区", "市区", "老城", "新城", "东部", "西部", "南部", "北部", "中部",
        "沿海", "沿江", "国际", "自贸",
    ];

    /// <summary>
    /// The zone name ending in one of <see cref="Endings"/> that starts at <paramref name="start"/>, with its kind:
    /// the shortest one whose stem reads as a place name, extended by an ending right after it (天府新区 + 片区).
    /// A 片区 written X自贸片区 is named X片区, as the gazetteer names areas.
    /// </summary>
    public static (int Length, string Name, string Kind)? At(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxStemLength + Endings[0].Ending.Length);
        for (var end = start + MinStemLength + 1; end <= limit; end++)
        {
            if (!IsIdeograph(text[end - 1]))
                return null;
            if (EndingAt(text, start, end) is not { } ending || !IsPlaceStem(text.AsSpan(start, end - start - ending.Ending.Length)))
                continue;
            var extended = end;
            while (EndingStartingAt(text, extended) is { } next)
            {
                extended += next.Ending.Length;
                ending = next;
            }
            var name = text[start..extended];
            if (ending.Kind == FreeTradeZoneArea && name.EndsWith("自贸" + AreaEnding, StringComparison.Ordinal))
                name = name[..^(AreaEnding.Length + 2)] + AreaEnding;
            return (extended - start, name, ending.Kind);
        }
        return null;
    }

    /// <summary>True when the 片区 form was written inside a free trade zone (X自贸片区, X新片区).</summary>
    public static bool NamesFreeTradeZoneArea(string asWritten) =>
        asWritten.EndsWith("自贸" + AreaEnding, StringComparison.Ordinal)
        || asWritten.EndsWith("新" + AreaEnding, StringComparison.Ordinal);

    /// <summary>A stem between 2 and 10 ideographs that reads as a place name, not as a description.</summary>
    public static bool IsPlaceStem(ReadOnlySpan<char> stem)
    {
        if (stem.Length is < MinStemLength or > MaxStemLength || stem.ContainsAny(NotInStems))
            return false;
        foreach (var c in stem)
        {
            if (!IsIdeograph(c))
                return false;
        }
        foreach (var word in DescriptiveWords)
        {
            if (stem.Contains(word, StringComparison.Ordinal))
                return false;
        }
        foreach (var generic in GenericStems)
        {
            if (stem.SequenceEqual(generic))
                return false;
        }
        return !IsCount(stem);
    }

    /// <summary>三个, 两大, 十二: a count of areas, never a name.</summary>
    private static bool IsCount(ReadOnlySpan<char> stem)
    {
        foreach (var c in stem)
        {
            if (!"一二三四五六七八九十两大".Contains(c))
                return false;
        }
        return true;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>The longest ending that text[start..end) ends with, leaving a stem of at least two characters.</summary>
    private static (string Ending, string Kind)? EndingAt(string text, int start, int end)
    {
        foreach (var entry in Endings)
        {
            if (end - start - entry.Ending.Length >= MinStemLength
                && string.CompareOrdinal(text, end - entry.Ending.Length, entry.Ending, 0, entry.Ending.Length) == 0)
                return entry;
        }
        return null;
    }

    private static (string Ending, string Kind)? EndingStartingAt(string text, int position)
    {
        foreach (var entry in Endings)
        {
            if (string.CompareOrdinal(text, position, entry.Ending, 0, entry.Ending.Length) == 0)
                return entry;
        }
        return null;
    }
}
