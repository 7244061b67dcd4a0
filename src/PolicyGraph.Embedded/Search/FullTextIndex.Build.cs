using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Search;

// Making an index: over the whole graph, over the entities changed since a base, or by merging the two levels.
public sealed partial class FullTextIndex
{
    /// <summary>A flat index over every entity <paramref name="spec"/> covers in <paramref name="graph"/>.</summary>
    public static FullTextIndex Build(GraphTransaction graph, FullTextSpec spec) =>
        new(spec, graph.Snapshot.Version, Index(graph, spec, Entities(graph, spec)), null, []);

    /// <summary>An index read from disk (<see cref="FullTextIndexFile"/>).</summary>
    internal static FullTextIndex FromPostings(FullTextSpec spec, long version, FullTextPostings postings) =>
        new(spec, version, postings, null, []);

    /// <summary>
    /// The index of <paramref name="graph"/> from a flat index of an earlier version: the changed entities are masked
    /// in the base and those still covered are indexed again on top.
    /// </summary>
    internal static FullTextIndex Layered(FullTextIndex flat, GraphTransaction graph, IReadOnlyCollection<int> changed)
    {
        if (!flat.IsFlat) throw new InvalidOperationException("a layered index is built on a flat one");
        var spec = flat.Spec;
        var covered = changed.Where(id => Covers(graph, spec, id)).Order();
        return new FullTextIndex(spec, graph.Snapshot.Version, Index(graph, spec, covered), flat.Postings, [.. changed]);
    }

    /// <summary>The same index as one flat level (for writing to disk and for later versions to build on).</summary>
    internal FullTextIndex Flatten()
    {
        if (_base is null) return this;
        var builder = new FullTextPostings.Builder(Spec.Properties.Count);
        var entities = _base.Entities.Where(e => !_replaced.Contains(e)).Concat(Postings.Entities).Order();
        foreach (var entity in entities)
        {
            var lengths = new int[Spec.Properties.Count];
            for (var field = 0; field < lengths.Length; field++)
                lengths[field] = _replaced.Contains(entity) ? Postings.Length(entity, field) : _base.Length(entity, field);
            builder.AddEntity(entity, lengths);
        }
        foreach (var term in MergedTerms(_base.Terms, Postings.Terms))
        {
            var number = builder.Number(term);
            foreach (var posting in TermPostings(term)) builder.Add(number, posting.Entity, posting.Field, posting.Frequency);
        }
        return new FullTextIndex(Spec, Version, builder.Build(), null, []);
    }

    private static IEnumerable<string> MergedTerms(string[] first, string[] second) =>
        first.Concat(second).Distinct(StringComparer.Ordinal);

    private static FullTextPostings Index(GraphTransaction graph, FullTextSpec spec, IEnumerable<int> entities)
    {
        var analyzer = FullTextAnalyzer.ForName(spec.Analyzer);
        var builder = new FullTextPostings.Builder(spec.Properties.Count);
        // Term number → occurrences in the text being indexed; one sink for the whole build, so no per-term strings.
        var frequencies = new Dictionary<int, int>();
        FullTextAnalyzer.TermSink count = term =>
        {
            var number = builder.Number(term);
            frequencies[number] = frequencies.GetValueOrDefault(number) + 1;
        };
        var postings = new List<(int Number, int Field, int Frequency)>();
        foreach (var entity in entities)
        {
            int[]? lengths = null;
            postings.Clear();
            for (var field = 0; field < spec.Properties.Count; field++)
            {
                if (Text(graph, spec, entity, field) is not { } text) continue;
                frequencies.Clear();
                analyzer.Analyze(text, count);
                if (frequencies.Count == 0) continue;
                lengths ??= new int[spec.Properties.Count];
                lengths[field] = frequencies.Values.Sum();
                foreach (var (number, frequency) in frequencies) postings.Add((number, field, frequency));
            }
            if (lengths is null) continue;
            builder.AddEntity(entity, lengths);
            foreach (var (number, field, frequency) in postings) builder.Add(number, entity, field, frequency);
        }
        return builder.Build();
    }

    private static IEnumerable<int> Entities(GraphTransaction graph, FullTextSpec spec) =>
        spec.OnRelationships
            ? spec.Labels.Distinct(StringComparer.Ordinal).SelectMany(graph.RelationshipsOfType).Order()
            : graph.NodesWithAnyLabel(spec.Labels);

    private static bool Covers(GraphTransaction graph, FullTextSpec spec, int entity) =>
        spec.OnRelationships
            ? graph.RelationshipExists(entity) && spec.Labels.Contains(graph.RelationshipType(entity), StringComparer.Ordinal)
            : graph.NodeExists(entity) && spec.Labels.Any(label => graph.HasLabel(entity, label));

    /// <summary>A property's text: a string, or the strings of a list joined by spaces; null for anything else.</summary>
    private static string? Text(GraphTransaction graph, FullTextSpec spec, int entity, int field)
    {
        var key = spec.Properties[field];
        var value = spec.OnRelationships ? graph.RelationshipProperty(entity, key) : graph.NodeProperty(entity, key);
        return value switch
        {
            string text => text,
            IEnumerable<object?> list => string.Join(' ', list.OfType<string>()),
            _ => null,
        };
    }
}
