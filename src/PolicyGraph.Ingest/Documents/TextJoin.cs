namespace PolicyGraph.Ingest.Documents;

/// <summary>Joins pieces of one paragraph or cell: Chinese text runs on without a space, Latin words get one.</summary>
public static class TextJoin
{
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        return IsCjk(left[^1]) || IsCjk(right[0]) || char.IsWhiteSpace(left[^1]) || char.IsWhiteSpace(right[0])
            ? left + right
            : left + " " + right;
    }

    public static string Join(IEnumerable<string> pieces) => pieces.Aggregate("", Join);

    /// <summary>CJK ideographs and full-width punctuation, which are never separated by spaces.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F';
}
