namespace PolicyGraph.Cli;

/// <summary>The known names closest to a mistyped one, for "did you mean …?".</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidates at the smallest edit distance from <paramref name="typed"/> (a swap of two neighbours counts
    /// once), if that distance is within a third of the name's length (at least 1); otherwise those the typed text
    /// begins. Leading dashes are not counted.
    /// </summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates)
    {
        var word = typed.TrimStart('-');
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(candidate => (candidate, distance: EditDistance(word, candidate.TrimStart('-'))))
            .ToList();
        var best = scored.Count == 0 ? int.MaxValue : scored.Min(s => s.distance);
        if (best <= Math.Max(1, word.Length / 3))
            return scored.Where(s => s.distance == best).Select(s => s.candidate).Order(StringComparer.Ordinal).ToList();
        return word.Length < 2
            ? []
            : scored.Where(s => s.candidate.TrimStart('-').StartsWith(word, StringComparison.Ordinal))
                .Select(s => s.candidate).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>"did you mean --format?" / "did you mean load or bench?", or "" when nothing is close.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates)
    {
        var closest = Closest(typed, candidates);
        return closest.Count == 0 ? "" : $" Did you mean {string.Join(" or ", closest)}?";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
