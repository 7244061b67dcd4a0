namespace PolicyGraph.Web.Graph;

/// <summary>
/// Finds a quoted clause in a window of source lines. Documents wrap sentences across lines (and put blank
/// lines inside them), so the quote is matched against the window's text with line breaks, spaces and table
/// cell separators removed, then mapped back to per-line ranges; full-width and ASCII punctuation compare equal.
/// The occurrence nearest to the focus line wins.
/// </summary>
public static class QuoteLocator
{
    public static IReadOnlyList<int[]>[] Locate(IReadOnlyList<string> lines, int focusIndex, string? quote)
    {
        var result = lines.Select(_ => (IReadOnlyList<int[]>)[]).ToArray();
        var needle = Compact(quote ?? "");
        if (needle.Length == 0)
            return result;
        var (flat, origin) = Flatten(lines);
        var best = NearestOccurrence(flat, needle, origin, focusIndex);
        if (best < 0)
            return result;
        var ranges = lines.Select(_ => new List<int[]>()).ToArray();
        for (var k = best; k < best + needle.Length; k++)
        {
            var (line, column) = origin[k];
            var current = ranges[line];
            if (current.Count > 0 && current[^1][1] == column)
                current[^1][1] = column + 1;
            else
                current.Add([column, column + 1]);
        }
        return ranges.Select(r => (IReadOnlyList<int[]>)r).ToArray();
    }

    private static int NearestOccurrence(string flat, string needle, (int Line, int Column)[] origin, int focusIndex)
    {
        var best = -1;
        for (var at = flat.IndexOf(needle, StringComparison.Ordinal); at >= 0;
             at = flat.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Distance(origin, at, needle.Length, focusIndex) < Distance(origin, best, needle.Length, focusIndex))
                best = at;
        }
        return best;
    }

    private static int Distance((int Line, int Column)[] origin, int at, int length, int focusIndex)
    {
        var first = origin[at].Line;
        var last = origin[at + length - 1].Line;
        return focusIndex < first ? first - focusIndex : focusIndex > last ? focusIndex - last : 0;
    }

    private static (string Flat, (int Line, int Column)[] Origin) Flatten(IReadOnlyList<string> lines)
    {
        var chars = new System.Text.StringBuilder();
        var origin = new List<(int, int)>();
        for (var line = 0; line < lines.Count; line++)
        {
            for (var column = 0; column < lines[line].Length; column++)
            {
                if (Ignored(lines[line][column]))
                    continue;
                chars.Append(Fold(lines[line][column]));
                origin.Add((line, column));
            }
        }
        return (chars.ToString(), origin.ToArray());
    }

    private static string Compact(string text) => new(text.Where(c => !Ignored(c)).Select(Fold).ToArray());

    // Table rows are quoted with " | " between cells where the source has tabs (or markdown pipes): both are layout.
    private static bool Ignored(char c) => char.IsWhiteSpace(c) || c == '|';

    // Seeds mix full-width and ASCII punctuation for the same clause; an extractor may normalise either way.
    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}
