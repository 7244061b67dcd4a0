using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Similarity;

/// <summary>
/// Turns measure text into terms: overlapping bigrams of Chinese characters and whole Latin words (QFLP, KJJM),
/// after removing boilerplate that any policy measure may carry (generic FTZ and scope words, the
/// "(实施范围…责任单位…)" trailer and generic policy verbs), which would otherwise make unrelated measures look
/// alike. Place names are left to inverse document frequency, so no region is built in.
/// </summary>
internal static partial class MeasureTokenizer
{
    private static readonly string[] StopPhrases =
    [
        "自由贸易试验区", "自贸试验区", "自贸区", "片区", "全省", "全市", "我市", "我省",
        "支持", "推进", "推动", "加强", "加快", "开展", "探索", "完善", "建立", "健全", "深化", "实施", "提升",
        "优化", "鼓励", "进一步", "相关", "有关", "积极", "依法", "依规", "符合条件的", "按照", "通过", "实现",
        "工作", "机制", "体系", "企业", "服务", "管理", "创新", "发展", "建设", "推广", "复制", "模式", "平台",
    ];

    // Document text is untrusted: many unclosed brackets would make a backtracking match quadratic.
    [GeneratedRegex(@"[（(]\s*(实施范围|推广范围|责任单位)[^）)]*[）)]", RegexOptions.NonBacktracking)]
    private static partial Regex ScopeTrailer();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]+", RegexOptions.NonBacktracking)]
    private static partial Regex LatinWord();

    public static IEnumerable<string> Terms(string text)
    {
        var cleaned = ScopeTrailer().Replace(text, " ");
        foreach (var phrase in StopPhrases)
            cleaned = cleaned.Replace(phrase, " ", StringComparison.Ordinal);
        foreach (Match word in LatinWord().Matches(cleaned))
            yield return word.Value.ToLowerInvariant();
        for (var i = 0; i + 1 < cleaned.Length; i++)
        {
            if (IsHan(cleaned[i]) && IsHan(cleaned[i + 1]))
                yield return cleaned.Substring(i, 2);
        }
    }

    private static bool IsHan(char ch) => ch is >= '\u4e00' and <= '\u9fff';
}
