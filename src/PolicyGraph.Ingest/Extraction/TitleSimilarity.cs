namespace PolicyGraph.Ingest.Extraction;

/// <summary>How alike two short titles are: the Dice coefficient of their character bigrams (0 to 1).</summary>
/// <remarks>
/// Bigrams are counted as a multiset (a bigram twice in both titles is shared twice). Each is packed into an int so
/// no strings are made: the merger compares many title pairs per document.
/// </remarks>
public static class TitleSimilarity
{
    public static double Dice(string a, string b)
    {
        var left = SortedBigrams(a);
        var right = SortedBigrams(b);
        if (left.Length == 0 || right.Length == 0) return a == b ? 1 : 0;
        return 2.0 * SharedCount(left, right) / (left.Length + right.Length);
    }

    /// <summary>Bigrams of the letters and digits of <paramref name="text"/> (other characters skipped), sorted.</summary>
    private static int[] SortedBigrams(string text)
    {
        Span<char> letters = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) letters[count++] = c;
        }
        var bigrams = new int[Math.Max(0, count - 1)];
        for (var i = 0; i < bigrams.Length; i++) bigrams[i] = (letters[i] << 16) | letters[i + 1];
        Array.Sort(bigrams);
        return bigrams;
    }

    /// <summary>The size of the multiset intersection of two sorted arrays.</summary>
    private static int SharedCount(int[] left, int[] right)
    {
        var (i, j, shared) = (0, 0, 0);
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j]) (i, j, shared) = (i + 1, j + 1, shared + 1);
            else if (left[i] < right[j]) i++;
            else j++;
        }
        return shared;
    }
}
