using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// An inverted index over the string properties a FULLTEXT index names, for one state of the graph, scored with
/// BM25 per property (k1 = 1.2, b = 0.75, Lucene's defaults) and summed over properties and clauses, as Lucene
/// scores a multi-field boolean query. Scores are therefore close to Neo4j's but not identical (Lucene also
/// rounds field lengths); the ranking is what the index is for.
/// </summary>
public sealed class FullTextIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    // Terms are numbered as they are first seen; postings are kept per term number.
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly List<List<Posting>> _postings = [];
    private readonly Dictionary<int, int[]> _lengths = [];
    private readonly double[] _averageLengths;

    private FullTextIndex(FullTextSpec spec, FullTextAnalyzer analyzer)
    {
        Spec = spec;
        Analyzer = analyzer;
        _averageLengths = new double[spec.Properties.Count];
    }

    public FullTextSpec Spec { get; }

    public FullTextAnalyzer Analyzer { get; }

    /// <summary>How many entities have at least one indexed property.</summary>
    public int Count => _lengths.Count;

    public static FullTextIndex Build(GraphTransaction graph, FullTextSpec spec)
    {
        var index = new FullTextIndex(spec, FullTextAnalyzer.ForName(spec.Analyzer));
        var totals = new long[spec.Properties.Count];
        var lookup = index._terms.GetAlternateLookup<ReadOnlySpan<char>>();
        // Term number → occurrences in the text being indexed; one sink for the whole build, so no per-term strings.
        var frequencies = new Dictionary<int, int>();
        FullTextAnalyzer.TermSink count = term =>
        {
            if (!lookup.TryGetValue(term, out var number))
            {
                number = index._postings.Count;
                lookup[term] = number;
                index._postings.Add([]);
            }
            frequencies[number] = frequencies.GetValueOrDefault(number) + 1;
        };
        foreach (var entity in Entities(graph, spec))
        {
            for (var field = 0; field < spec.Properties.Count; field++)
            {
                if (Text(graph, spec, entity, field) is not { } text) continue;
                frequencies.Clear();
                index.Analyzer.Analyze(text, count);
                if (frequencies.Count == 0) continue;
                var length = frequencies.Values.Sum();
                if (!index._lengths.TryGetValue(entity, out var lengths)) index._lengths[entity] = lengths = new int[spec.Properties.Count];
                lengths[field] = length;
                totals[field] += length;
                foreach (var (number, frequency) in frequencies) index._postings[number].Add(new Posting(entity, (short)field, frequency));
            }
        }
        for (var field = 0; field < totals.Length; field++)
        {
            var withField = index._lengths.Values.Count(l => l[field] > 0);
            index._averageLengths[field] = withField == 0 ? 1 : (double)totals[field] / withField;
        }
        return index;
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
            var matched = Match(clause, graph);
            foreach (var (entity, score) in matched)
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

    private Dictionary<int, double> Match(FullTextClause clause, GraphTransaction graph)
    {
        var field = clause.Field is null ? -1 : IndexOf(Spec.Properties, clause.Field);
        var perField = new Dictionary<(int Entity, int Field), (double Score, int Terms)>();
        foreach (var term in clause.Terms.Distinct(StringComparer.Ordinal))
        {
            if (!_terms.TryGetValue(term, out var number)) continue;
            var postings = _postings[number];
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
        var documents = _lengths.Count;
        var idf = Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
        var length = _lengths[posting.Entity][posting.Field];
        var norm = K1 * (1 - B + B * length / _averageLengths[posting.Field]);
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

    private static IEnumerable<int> Entities(GraphTransaction graph, FullTextSpec spec) =>
        spec.OnRelationships
            ? spec.Labels.Distinct(StringComparer.Ordinal).SelectMany(graph.RelationshipsOfType).Order()
            : graph.NodesWithAnyLabel(spec.Labels);

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

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
            if (string.Equals(values[i], value, StringComparison.Ordinal)) return i;
        return -1;
    }

    private readonly record struct Posting(int Entity, short Field, int Frequency);
}
