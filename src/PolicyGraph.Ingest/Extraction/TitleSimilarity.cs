namespace PolicyGraph.Ingest.Extraction;

/// <summary>How alike two short titles are: the Dice coefficient of their character bigrams (0 to 1).</summary>
public static class TitleSimilarity
{
    public static double Dice(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        if (left.Count == 0 || right.Count == 0) return a == b ? 1 : 0;
        var total = left.Count + right.Count;
        var shared = left.Count(right.Remove);
        return 2.0 * shared / total;
    }

    private static List<string> Bigrams(string text)
    {
        var letters = text.Where(char.IsLetterOrDigit).ToArray();
        var bigrams = new List<string>(Math.Max(0, letters.Length - 1));
        for (var i = 0; i + 1 < letters.Length; i++) bigrams.Add(new string(letters, i, 2));
        return bigrams;
    }
}
