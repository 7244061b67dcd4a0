namespace PolicyGraph.Ingest.Resolution;

/// <summary>An ending of agency names (局, 管委会, 有限公司) and the kind of agency a name with it is.</summary>
public sealed record AgencyEnding(string Ending, string Kind);

/// <summary>
/// The generic endings of agency names from agency-endings.tsv, used to split and classify names the gazetteer
/// does not know. The longest ending of a name decides, so 中心支行 wins over 中心 and 人民政府 over 政府, and 实验室
/// (kind <see cref="NoAgency"/>) over 室.
/// </summary>
internal sealed class AgencyEndings
{
    /// <summary>The kind of an ending that names no agency (实验室, 工作室): the name it ends is none.</summary>
    public const string NoAgency = "none";

    private readonly AgencyEnding[] _longestFirst;

    public AgencyEndings(IEnumerable<AgencyEnding> endings) =>
        _longestFirst = [.. endings.OrderByDescending(e => e.Ending.Length)];

    /// <summary>The kind implied by the longest generic ending of <paramref name="name"/>, or null.</summary>
    public string? KindOf(string name) => KindOf(name.AsSpan());

    /// <summary>True when text[start..end) ends with a generic agency ending.</summary>
    /// <remarks>Takes a span: splitting unknown names tries every end position.</remarks>
    public bool EndsWithEnding(string text, int start, int end) =>
        KindOf(text.AsSpan(start, end - start)) is not null;

    /// <summary>
    /// True when text[start..end) is itself an ending of two characters or more (督查室, 办公室): alone it names no
    /// agency, but after a department's name it is that department's office (省政府 + 督查室).
    /// </summary>
    public bool IsWholeEnding(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var (ending, kind) in _longestFirst)
        {
            if (ending.Length >= 2 && span.SequenceEqual(ending)) return kind != NoAgency;
        }
        return false;
    }

    /// <summary>The endings of two characters or more that name a local government's body (人民政府, 行政公署, 管委会).</summary>
    public IEnumerable<string> Governments() =>
        _longestFirst.Where(e => e.Ending.Length >= 2 && e.Kind is PeoplesGovernment or AdministrativeCommittee).Select(e => e.Ending);

    private const string PeoplesGovernment = "people's-government";
    private const string AdministrativeCommittee = "administrative-committee";

    private string? KindOf(ReadOnlySpan<char> name)
    {
        foreach (var (ending, kind) in _longestFirst)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && name.Length > ending.Length)
                return kind == NoAgency ? null : kind;
        }
        return null;
    }
}
