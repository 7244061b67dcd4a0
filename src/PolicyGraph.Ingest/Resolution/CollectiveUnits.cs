using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// A collective of local governments named as one unit: 各, the level words of the places joined by 、 (each may
/// carry a bracketed note, or a qualifier before it: 直辖市, 计划单列市), and the body they all have —
/// "各市、县（市、区）人民政府", "各边境州、市人民政府", "各市（州）、县（市、区）人民政府", "各省、自治区、直辖市人民政府". The 、 inside does not separate two names: the whole is one unit, recorded as
/// written and never qualified, for it names no single agency. (Without 各, "仓山区、马尾区人民政府" names two.)
/// The bodies may be joined instead, under one shared modifier: "各口岸所在盟市行政公署、人民政府" (each body after the
/// 、 a bare government ending with no place of its own).
/// </summary>
internal sealed class CollectiveUnits
{
    private const int MaxQualifier = 6;
    private const int MaxBody = 12;

    private readonly Regex _pattern;
    private readonly AgencyEndings _endings;

    public CollectiveUnits(IEnumerable<string> levelWords, AgencyEndings endings)
    {
        _endings = endings;
        var level = "(?:" + string.Join("|", levelWords.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")(?:（[^（）]{1,8}）)?";
        const string plain = "[^、，；。,;（）()\\s]";
        var bareBody = "(?:" + string.Join("|", endings.Governments().OrderByDescending(w => w.Length).Select(Regex.Escape).DefaultIfEmpty("(?!)")) + ")";
        _pattern = new Regex(
            $"各{plain}{{0,{MaxQualifier}}}?{level}(?:(?:、{plain}{{0,{MaxQualifier}}}?{level})+{plain}{{1,{MaxBody}}}|{plain}{{1,{MaxBody}}}?(?:、{bareBody})+(?![^、，；。,;（）()\\s]))",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    /// <summary>Where collectives stand in <paramref name="text"/>: (start, length) of each, ending with an agency's ending.</summary>
    public IEnumerable<(int Start, int Length)> Find(string text)
    {
        if (!text.Contains('各')) yield break;
        foreach (Match m in _pattern.Matches(text))
        {
            if (_endings.KindOf(m.Value) is not null) yield return (m.Index, m.Length);
        }
    }

    /// <summary>Whether the whole of <paramref name="name"/> is one collective.</summary>
    public bool IsCollective(string name) => Find(name).Any(c => c.Start == 0 && c.Length == name.Length);
}
