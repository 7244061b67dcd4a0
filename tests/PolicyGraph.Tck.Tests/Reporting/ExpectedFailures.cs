namespace PolicyGraph.Tck.Tests.Reporting;

/// <summary>
/// expected-failures.txt: one line per scenario the engine is known to fail, "&lt;display name&gt;\t&lt;reason&gt;".
/// Blank lines and lines starting with '#' are ignored.
/// </summary>
public sealed class ExpectedFailures
{
    public const string FileName = "expected-failures.txt";

    private readonly IReadOnlyDictionary<string, string> _reasons;

    private ExpectedFailures(IReadOnlyDictionary<string, string> reasons) => _reasons = reasons;

    public static ExpectedFailures None { get; } = new(new Dictionary<string, string>());

    public int Count => _reasons.Count;

    public bool TryGetReason(string displayName, out string reason) =>
        _reasons.TryGetValue(displayName, out reason!);

    public static ExpectedFailures Load(string path) =>
        File.Exists(path) ? Parse(path, File.ReadAllLines(path)) : None;

    public static ExpectedFailures Parse(string fileName, IReadOnlyList<string> lines)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                throw new FormatException($"{fileName}:{i + 1}: expected '<display name><TAB><reason>'.");
            if (!reasons.TryAdd(line[..tab], line[(tab + 1)..].Trim()))
                throw new FormatException($"{fileName}:{i + 1}: '{line[..tab]}' is listed twice.");
        }
        return new ExpectedFailures(reasons);
    }

    /// <summary>The file's text for the given failures, in the order given; reasons are kept to one short line.</summary>
    public static string Render(IEnumerable<(string DisplayName, string Reason)> failures) =>
        string.Concat(failures.Select(f => $"{f.DisplayName}\t{OneLine(f.Reason)}\n"));

    private static string OneLine(string reason)
    {
        var line = string.Join(' ', reason.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 200 ? line : line[..197] + "...";
    }
}
