using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Evaluation;

/// <summary>
/// Compares a graph with hand-made gold: pairs items (<see cref="ItemMatcher"/>), scores every field as sets per item,
/// sums per document, per format and overall, and lists every miss and every item lost without a check line.
/// </summary>
public static class Evaluator
{
    /// <summary>Loads <paramref name="documentsDirectory"/> with <see cref="CorpusLoader"/> and scores it against the gold files of <paramref name="goldDirectory"/>.</summary>
    /// <param name="only">File names of the folder to load and score alone (<see cref="DocumentList"/>); null for every document.</param>
    public static EvaluationReport Run(string documentsDirectory, string goldDirectory, IngestOptions? options = null, IReadOnlyList<string>? only = null)
    {
        var gold = GoldReader.ReadDirectory(goldDirectory);
        if (only is null)
        {
            var result = CorpusLoader.LoadDirectory(documentsDirectory, options: options);
            return Evaluate(result.Graph, CheckOutput(result), gold);
        }
        var listed = only.ToHashSet(StringComparer.Ordinal);
        var selected = CorpusLoader.LoadFiles(only.Select(name => Path.Combine(documentsDirectory, name)), options: options);
        return Evaluate(selected.Graph, CheckOutput(selected), gold.Where(g => listed.Contains(g.File)).ToList());
    }

    /// <summary>What `check` says about the files: the load's diagnostics and every numbered line or table row it reports as not in the graph.</summary>
    private static List<IngestDiagnostic> CheckOutput(IngestResult result) =>
        [.. result.Diagnostics, .. result.Consistency.Unplaced.Select(u =>
            new IngestDiagnostic(DiagnosticSeverity.Info, u.SourceFile, u.Line, DiagnosticCodes.NotInGraph, $"{u.Text} — {u.Reason}"))];

    public static EvaluationReport Evaluate(PropertyGraph graph, IReadOnlyList<IngestDiagnostic> diagnostics, IReadOnlyList<GoldDocument> gold)
    {
        var items = ExtractedItems.ByFile(graph);
        var loadedFiles = graph.Nodes.Where(n => n.HasLabel("Document") && n["sourceFile"] is string)
            .Select(n => Path.GetFileName((string)n["sourceFile"]!)).ToHashSet(StringComparer.Ordinal);
        var diagnosticsByFile = diagnostics.ToLookup(d => Path.GetFileName(d.File), StringComparer.Ordinal);
        var documents = new List<DocumentEvaluation>();
        var misses = new List<EvaluationMiss>();
        var lost = new List<LostItem>();
        foreach (var doc in gold)
        {
            var extracted = items.GetValueOrDefault(doc.File) ?? [];
            var matching = ItemMatcher.Match(doc.Items, extracted);
            var fields = ScoreDocument(doc.File, matching, misses);
            var fileDiagnostics = diagnosticsByFile[doc.File].ToList();
            lost.AddRange(matching.UnmatchedGold.Where(g => !CheckLines.NameItem(fileDiagnostics, g)).Select(g => new LostItem(doc.File, g.Number, g.Title)));
            documents.Add(new DocumentEvaluation(doc.File, FormatOf(doc.File), loadedFiles.Contains(doc.File), doc.Items.Count, extracted.Count, fields));
        }
        var formats = documents.GroupBy(d => d.Format).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupEvaluation(g.Key, g.Count(), g.Count(d => d.Loaded), Sum(g.Select(d => d.Fields))))
            .ToList();
        return new EvaluationReport(Sum(documents.Select(d => d.Fields)), formats, documents, misses, lost);
    }

    /// <summary>The file's extension without the dot, lower-case: the format the loader reads it as.</summary>
    public static string FormatOf(string file) => Path.GetExtension(file).TrimStart('.').ToLowerInvariant();

    private static Dictionary<string, FieldScore> ScoreDocument(string file, ItemMatching matching, List<EvaluationMiss> misses)
    {
        var scores = EvaluationFields.All.ToDictionary(f => f, _ => FieldScore.Zero, StringComparer.Ordinal);
        scores[EvaluationFields.Items] = new FieldScore(matching.Pairs.Count, matching.UnmatchedExtracted.Count, matching.UnmatchedGold.Count);
        foreach (var g in matching.UnmatchedGold)
        {
            misses.Add(new EvaluationMiss(file, g.Number, g.Section, EvaluationFields.Items, g.Title, null));
            Score(scores, f => (EvaluationFields.Values(g, f), Empty));
        }
        foreach (var e in matching.UnmatchedExtracted)
        {
            misses.Add(new EvaluationMiss(file, e.Number, e.Section, EvaluationFields.Items, null, e.Title));
            Score(scores, f => (Empty, EvaluationFields.Values(e, f)));
        }
        foreach (var (g, e) in matching.Pairs)
        {
            var differing = Score(scores, f => (EvaluationFields.Values(g, f), EvaluationFields.Values(e, f)));
            misses.AddRange(differing.Select(d => new EvaluationMiss(file, g.Number, g.Section ?? e.Section, d.Field, Join(d.Gold), Join(d.Extracted))));
        }
        return scores;
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    /// <summary>Adds one item's per-field counts; returns the fields where gold and graph differ.</summary>
    private static List<(string Field, IReadOnlySet<string> Gold, IReadOnlySet<string> Extracted)> Score(
        Dictionary<string, FieldScore> scores, Func<string, (IReadOnlySet<string> Gold, IReadOnlySet<string> Extracted)> values)
    {
        var differing = new List<(string, IReadOnlySet<string>, IReadOnlySet<string>)>();
        foreach (var field in EvaluationFields.All.Where(f => f != EvaluationFields.Items))
        {
            var (gold, extracted) = values(field);
            var shared = gold.Count(extracted.Contains);
            scores[field] += new FieldScore(shared, extracted.Count - shared, gold.Count - shared);
            if (shared != gold.Count || shared != extracted.Count) differing.Add((field, gold, extracted));
        }
        return differing;
    }

    private static string? Join(IReadOnlySet<string> values) => values.Count == 0 ? null : string.Join(" | ", values.Order(StringComparer.Ordinal));

    /// <summary>Counts summed field by field (micro average), e.g. over the documents of a set.</summary>
    public static Dictionary<string, FieldScore> Sum(IEnumerable<IReadOnlyDictionary<string, FieldScore>> parts)
    {
        var total = EvaluationFields.All.ToDictionary(f => f, _ => FieldScore.Zero, StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var (field, score) in part) total[field] += score;
        return total;
    }
}
