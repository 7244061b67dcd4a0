namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Whether a measure concerns Taiwan. Matches whole words (对台, 涉台, 台湾, 台胞 …, the taiwan-cue rows of the
/// vocabulary) and never the character 台 alone, which also appears in 平台 (platform) and 柜台 (counter).
/// </summary>
public static class TaiwanCues
{
    public static bool Mentions(params string?[] texts)
    {
        var cues = ExtractionVocabulary.Default.TaiwanCues;
        return texts.Any(t => t is not null && cues.Any(w => Contains(t, w)));
    }

    private static bool Contains(string text, string word)
    {
        var falsePrefixes = ExtractionVocabulary.Default.TaiwanFalsePrefixes;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (word[0] != '台' || at == 0 || !falsePrefixes.Contains(text[at - 1])) return true;
        }
        return false;
    }
}
