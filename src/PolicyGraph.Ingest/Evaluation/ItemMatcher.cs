using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Evaluation;

/// <summary>The pairing of one document's gold items with its extracted items.</summary>
public sealed record ItemMatching(
    IReadOnlyList<(GoldItem Gold, ExtractedItem Extracted)> Pairs,
    IReadOnlyList<GoldItem> UnmatchedGold,
    IReadOnlyList<ExtractedItem> UnmatchedExtracted);

/// <summary>
/// Pairs gold and extracted items of one document: only items with the same number can pair; among those, the
/// pairs whose titles agree best (character-bigram Dice) are taken first, the section heading breaking ties.
/// Each item is used at most once, so two lists both numbered 1–4 pair list with list.
/// </summary>
public static class ItemMatcher
{
    public static ItemMatching Match(IReadOnlyList<GoldItem> gold, IReadOnlyList<ExtractedItem> extracted)
    {
        var candidates = new List<(int G, int E, double Title, double Section)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var e = 0; e < extracted.Count; e++)
            {
                if (gold[g].Number != extracted[e].Number) continue;
                candidates.Add((g, e, TitleSimilarity.Dice(gold[g].Title, extracted[e].Title), SectionSimilarity(gold[g].Section, extracted[e].Section)));
            }
        }
        var usedGold = new bool[gold.Count];
        var usedExtracted = new bool[extracted.Count];
        var pairs = new List<(int G, int E)>();
        foreach (var c in candidates.OrderByDescending(c => c.Title).ThenByDescending(c => c.Section).ThenBy(c => c.G).ThenBy(c => c.E))
        {
            if (usedGold[c.G] || usedExtracted[c.E]) continue;
            usedGold[c.G] = usedExtracted[c.E] = true;
            pairs.Add((c.G, c.E));
        }
        return new ItemMatching(
            pairs.OrderBy(p => p.G).Select(p => (gold[p.G], extracted[p.E])).ToList(),
            gold.Where((_, i) => !usedGold[i]).ToList(),
            extracted.Where((_, i) => !usedExtracted[i]).ToList());
    }

    private static double SectionSimilarity(string? gold, string? extracted) =>
        gold is null || extracted is null ? 0 : TitleSimilarity.Dice(gold, extracted);
}
