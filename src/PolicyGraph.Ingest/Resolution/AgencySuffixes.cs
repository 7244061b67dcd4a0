namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Generic endings of Chinese agency names, used to split and classify names the gazetteer does not know.
/// Longer endings come first so 中心支行 wins over 中心 and 人民政府 over 府.
/// </summary>
internal static class AgencySuffixes
{
    private static readonly (string Suffix, string Kind)[] Table =
    [
        ("领导小组办公室", "office"),
        ("人民政府", "people's-government"),
        ("领导小组", "leading-group"),
        ("中心支行", "central-bank-branch"),
        ("监管分局", "financial-regulator"),
        ("银保监局", "financial-regulator"),
        ("金融监管局", "financial-regulator"),
        ("管委会", "administrative-committee"),
        ("委员会", "commission"),
        ("办公室", "office"),
        ("检察院", "procuratorate"),
        ("边检总站", "border-inspection"),
        ("有限公司", "enterprise"),
        ("海关", "customs"),
        ("大学", "university"),
        ("法庭", "court"),
        ("法院", "court"),
        ("支行", "bank-branch"),
        ("分行", "bank-branch"),
        ("总站", "station"),
        ("总队", "department"),
        ("支队", "department"),
        ("大队", "department"),
        ("中心", "public-institution"),
        ("集团", "enterprise"),
        ("公司", "enterprise"),
        ("政府", "people's-government"),
        ("协会", "association"),
        ("商会", "association"),
        ("工会", "association"),
        ("局", "department"),
        ("厅", "department"),
        ("署", "department"),
        ("部", "department"),
        ("委", "commission"),
        ("办", "office"),
        ("院", "public-institution"),
        ("会", "association"),
        ("联", "association"),
        ("社", "association"),
        ("站", "station"),
        ("所", "public-institution"),
    ];

    /// <summary>The kind implied by the longest generic ending of <paramref name="name"/>, or null.</summary>
    public static string? KindOf(string name) => KindOf(name.AsSpan());

    private static string? KindOf(ReadOnlySpan<char> name)
    {
        foreach (var (suffix, kind) in Table)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
                return kind;
        }
        return null;
    }

    /// <summary>True when text[start..end) ends with a generic agency ending.</summary>
    /// <remarks>Takes a span: splitting unknown names tries every end position.</remarks>
    public static bool EndsWithSuffix(string text, int start, int end) =>
        KindOf(text.AsSpan(start, end - start)) is not null;
}
