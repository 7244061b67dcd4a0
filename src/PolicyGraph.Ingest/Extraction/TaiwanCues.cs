namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Whether a measure concerns Taiwan. Matches whole words (对台, 涉台, 台湾, 台胞 …) and never the character 台
/// alone, which also appears in 平台 (platform) and 柜台 (counter).
/// </summary>
public static class TaiwanCues
{
    private static readonly string[] Words =
        ["对台", "涉台", "台湾", "台胞", "台商", "台企", "台资", "台港澳", "港澳台", "台青", "台籍", "两岸", "海峡两岸"];

    /// <summary>Characters that make 台 part of another word: 平台, 柜台, 出台, 舞台, 讲台, 站台, 阳台, 窗台.</summary>
    private const string NonTaiwanPrefixes = "平柜出舞讲站阳窗后前";

    public static bool Mentions(params string?[] texts) => texts.Any(t => t is not null && Words.Any(w => Contains(t, w)));

    private static bool Contains(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (word[0] != '台' || at == 0 || !NonTaiwanPrefixes.Contains(text[at - 1])) return true;
        }
        return false;
    }
}
