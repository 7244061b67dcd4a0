using PolicyGraph.Core.Model;

namespace PolicyGraph.Benchmarks.Synthetic;

public sealed partial class SyntheticGraphGenerator
{
    /// <summary>1 agency for half the measures, 2 for 30%, 3 for 20%; the first listed is the lead (order 1).</summary>
    private void AssignAgencies(GraphNode measure, IReadOnlyList<GraphNode> agencies, ZipfSampler popularity)
    {
        var roll = _random.Next(10);
        var wanted = roll < 5 ? 1 : roll < 8 ? 2 : 3;
        var order = 0L;
        for (var attempt = 0; attempt < wanted * 3 && order < wanted; attempt++)
        {
            var agency = agencies[popularity.Next(_random)];
            var sources = _random.Next(3) == 0 ? new[] { "body" } : new[] { "body", "table" };
            if (Relate("RESPONSIBLE_FOR", agency, measure, new() { ["order"] = order + 1, ["sources"] = sources }))
                order++;
        }
    }

    /// <summary>70% of measures apply in one zone, 15% in two, the rest name no scope.</summary>
    private void AssignZones(GraphNode measure, IReadOnlyList<GraphNode> zones)
    {
        var roll = _random.Next(100);
        var count = roll < 70 ? 1 : roll < 85 ? 2 : 0;
        for (var i = 0; i < count; i++)
            Relate("APPLIES_IN", measure, Pick(zones), new() { ["sources"] = new[] { "body" } });
    }

    /// <summary>5% of measures say the same as a measure of another document.</summary>
    private void AddSimilarities(IReadOnlyList<IReadOnlyList<GraphNode>> measuresByDocument)
    {
        if (measuresByDocument.Count < 2) return;
        for (var d = 0; d < measuresByDocument.Count; d++)
        {
            foreach (var measure in measuresByDocument[d])
            {
                if (_random.Next(20) != 0) continue;
                var other = (d + 1 + _random.Next(measuresByDocument.Count - 1)) % measuresByDocument.Count;
                if (measuresByDocument[other].Count == 0) continue;
                var score = Math.Round(0.8 + _random.NextDouble() * 0.19, 3);
                Relate("SIMILAR_TO", measure, Pick(measuresByDocument[other]), new() { ["score"] = score });
            }
        }
    }
}
