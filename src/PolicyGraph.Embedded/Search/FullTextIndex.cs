using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// An inverted index over the string properties a FULLTEXT index names, for one state of the graph, scored with
/// BM25 per property (k1 = 1.2, b = 0.75, Lucene's defaults) and summed over properties and clauses, as Lucene
/// scores a multi-field boolean query. Scores are therefore close to Neo4j's but not identical (Lucene also
/// rounds field lengths); the ranking is what the index is for.
/// An index is either flat (<see cref="Postings"/> over every entity, built or read from disk) or a flat base for
/// an earlier version with the entities changed since masked out and indexed again on top; both answer alike.
/// </summary>
public sealed partial class FullTextIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly FullTextPostings? _base;
    private readonly HashSet<int> _replaced;
    private readonly double[] _averageLengths;

    private FullTextIndex(FullTextSpec spec, long version, FullTextPostings top, FullTextPostings? under, HashSet<int> replaced)
    {
        (Spec, Version, Postings, _base, _replaced) = (spec, version, top, under, replaced);
        Analyzer = FullTextAnalyzer.ForName(spec.Analyzer);
        var (documents, totals, withField) = Statistics(top, under, replaced);
        Count = documents;
        _averageLengths = totals.Select((total, field) => withField[field] == 0 ? 1 : (double)total / withField[field]).ToArray();
    }

    public FullTextSpec Spec { get; }

    public FullTextAnalyzer Analyzer { get; }

    /// <summary>The snapshot version whose graph this index covers.</summary>
    public long Version { get; }

    /// <summary>How many entities have at least one indexed property.</summary>
    public int Count { get; }

    /// <summary>Whether this index stands alone (no base under it), so later versions can build on it.</summary>
    internal bool IsFlat => _base is null;

    /// <summary>The postings of the entities indexed at this level (all of them when flat).</summary>
    internal FullTextPostings Postings { get; }

    /// <summary>Entities with a text in some field, counted per field with their total length; base entities replaced on top are left out.</summary>
    private static (int Documents, long[] Totals, int[] WithField) Statistics(FullTextPostings top, FullTextPostings? under, HashSet<int> replaced)
    {
        var (totals, withField, documents) = (new long[top.Fields], new int[top.Fields], 0);
        foreach (var layer in under is null ? [top] : new[] { top, under })
        {
            for (var i = 0; i < layer.Entities.Length; i++)
            {
                if (!ReferenceEquals(layer, top) && replaced.Contains(layer.Entities[i])) continue;
                documents++;
                for (var field = 0; field < layer.Fields; field++)
                {
                    var length = layer.Lengths[(long)i * layer.Fields + field];
                    totals[field] += length;
                    withField[field] += length > 0 ? 1 : 0;
                }
            }
        }
        return (documents, totals, withField);
    }

    /// <summary>Entities matching the query with their scores, best first (ties by id).</summary>
    public List<(int Entity, double Score)> Search(IReadOnlyList<FullTextClause> clauses, GraphTransaction graph)
    {
        var scores = new Dictionary<int, double>();
        var required = clauses.Count(c => c.Occur == Occur.Must);
        var mustMatches = new Dictionary<int, int>();
        var excluded = new HashSet<int>();
        foreach (var clause in clauses)
        {
            foreach (var (entity, score) in Match(clause, graph))
            {
                if (clause.Occur == Occur.MustNot)
                {
                    excluded.Add(entity);
                    continue;
                }
                scores[entity] = scores.GetValueOrDefault(entity) + score;
                if (clause.Occur == Occur.Must) mustMatches[entity] = mustMatches.GetValueOrDefault(entity) + 1;
            }
        }
        return scores
            .Where(s => !excluded.Contains(s.Key) && (required == 0 || mustMatches.GetValueOrDefault(s.Key) == required))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Select(s => (s.Key, s.Value))
            .ToList();
    }

    /// <summary>A term's postings over both levels: the base's, less the replaced entities, then those on top.</summary>
    internal List<Posting> TermPostings(string term)
    {
        var postings = Postings.Postings(term);
        if (_base is null) return postings;
        var below = _base.Postings(term).Where(p => !_replaced.Contains(p.Entity));
        return [.. below.Concat(postings).OrderBy(p => p.Entity)];
    }

    private Dictionary<int, double> Match(FullTextClause clause, GraphTransaction graph)
    {
        var field = clause.Field is null ? -1 : IndexOf(Spec.Properties, clause.Field);
        var perField = new Dictionary<(int Entity, int Field), (double Score, int Terms)>();
        foreach (var term in clause.Terms.Distinct(StringComparer.Ordinal))
        {
            var postings = TermPostings(term);
            var documentFrequencies = new int[Spec.Properties.Count];
            foreach (var posting in postings) documentFrequencies[posting.Field]++;
            foreach (var posting in postings)
            {
                if (field >= 0 && posting.Field != field) continue;
                var key = (posting.Entity, posting.Field);
                var (score, terms) = perField.GetValueOrDefault(key);
                perField[key] = (score + Bm25(posting, documentFrequencies[posting.Field]), terms + 1);
            }
        }
        var distinctTerms = clause.Terms.Distinct(StringComparer.Ordinal).Count();
        var matched = new Dictionary<int, double>();
        foreach (var ((entity, matchedField), (score, terms)) in perField)
        {
            if (clause.Phrase && (terms < distinctTerms || !ContainsPhrase(graph, entity, matchedField, clause.Terms))) continue;
            matched[entity] = matched.GetValueOrDefault(entity) + score;
        }
        return matched;
    }

    private double Bm25(Posting posting, int documentFrequency)
    {
        var idf = Math.Log(1 + (Count - documentFrequency + 0.5) / (documentFrequency + 0.5));
        var norm = K1 * (1 - B + B * posting.Length / _averageLengths[posting.Field]);
        return idf * posting.Frequency * (K1 + 1) / (posting.Frequency + norm);
    }

    private bool ContainsPhrase(GraphTransaction graph, int entity, int field, IReadOnlyList<string> phrase)
    {
        if (Text(graph, Spec, entity, field) is not { } text) return false;
        var terms = Analyzer.Terms(text);
        for (var start = 0; start + phrase.Count <= terms.Count; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Count && all; i++) all = string.Equals(terms[start + i], phrase[i], StringComparison.Ordinal);
            if (all) return true;
        }
        return false;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
            if (string.Equals(values[i], value, StringComparison.Ordinal)) return i;
        return -1;
    }
}
