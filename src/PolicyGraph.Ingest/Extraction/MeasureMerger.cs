using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Pairs body items with annex table rows. First by number: the group of body items (same numbering style, over
/// the whole document or within one heading, numbers not repeated) whose numbers overlap the table's most. If
/// that pairing's titles mostly disagree — numbering restarts in the body but runs on in the table — items are
/// paired in order instead, when their count equals the table's (and order wins whenever more of its titles
/// agree). Rows of a table without 序号 pair only in order. Rows left over become measures of their own;
/// both statements are kept on each paired measure.
/// </summary>
public static class MeasureMerger
{
    private const double MinTitleAgreement = 0.3;

    public static IReadOnlyList<ParsedMeasure> Merge(IReadOnlyList<BodyItem> items, IReadOnlyList<TableRow> rows, bool isBatch)
    {
        var pairs = Better(PairByNumber(items, rows), PairByOrder(items, rows))?.Pairs ?? new Dictionary<BodyItem, TableRow>(ReferenceEqualityComparer.Instance);
        var innovations = !isBatch ? [] : pairs.Count > 0 || rows.Count > 0 ? pairs.Keys.ToHashSet() : LargestList(items);
        var measures = new List<ParsedMeasure>();
        foreach (var item in items)
            measures.Add(FromBody(measures.Count + 1, item, pairs.GetValueOrDefault(item), innovations.Contains(item)));
        var used = pairs.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        // A number stated twice in one table is one measure; positions in tables without 序号 say nothing of the sort.
        foreach (var row in rows.Where(r => !used.Contains(r)).DistinctBy(r => (r.TableIndex, r.Unnumbered, r.Unnumbered ? r.Line : r.Seq)))
            measures.Add(FromTable(measures.Count + 1, row, isBatch));
        return measures;
    }

    /// <summary>Body items paired with table rows, and how many pairs' titles agree (counted once: it compares titles).</summary>
    private sealed record Pairing(Dictionary<BodyItem, TableRow> Pairs, int Agreeing)
    {
        public bool TitlesMostlyAgree => Agreeing * 2 >= Pairs.Count;
    }

    private static Pairing? PairByNumber(IReadOnlyList<BodyItem> items, IReadOnlyList<TableRow> rows)
    {
        var rowsBySeq = rows.Where(r => !r.Unnumbered).GroupBy(r => r.Seq).ToDictionary(g => g.Key, g => g.First());
        var best = items.GroupBy(i => i.Kind).Select(g => g.ToList())
            .Concat(items.GroupBy(i => (i.Kind, i.SectionPath)).Select(g => g.ToList()))
            .Where(g => g.Select(i => i.Seq).Distinct().Count() == g.Count)
            .Select(g => g.Where(i => rowsBySeq.ContainsKey(i.Seq)).ToList())
            .MaxBy(g => g.Count);
        if (best is not { Count: > 0 }) return null;
        var pairing = ToPairing(best.Select(i => (i, rowsBySeq[i.Seq])));
        return pairing.TitlesMostlyAgree ? pairing : null;
    }

    private static Pairing? PairByOrder(IReadOnlyList<BodyItem> items, IReadOnlyList<TableRow> rows)
    {
        if (rows.Count == 0) return null;
        var sameCount = items.GroupBy(i => i.Kind).FirstOrDefault(g => g.Count() == rows.Count);
        if (sameCount is null) return null;
        var pairing = ToPairing(sameCount.Zip(rows));
        return pairing.TitlesMostlyAgree ? pairing : null;
    }

    /// <summary>The pairing with more pairs whose titles agree; numbers win a tie.</summary>
    private static Pairing? Better(Pairing? byNumber, Pairing? byOrder)
    {
        if (byNumber is null || byOrder is null) return byNumber ?? byOrder;
        return byOrder.Agreeing > byNumber.Agreeing ? byOrder : byNumber;
    }

    private static Pairing ToPairing(IEnumerable<(BodyItem Item, TableRow Row)> pairs)
    {
        // By reference: two items may be equal records (same title and number under different headings).
        var result = new Dictionary<BodyItem, TableRow>(ReferenceEqualityComparer.Instance);
        foreach (var (item, row) in pairs) result[item] = row;
        return new Pairing(result, result.Count(p => TitleSimilarity.Dice(p.Key.Title, p.Value.Title) >= MinTitleAgreement));
    }

    /// <summary>
    /// A batch notice without a table: its items are the longest list under one heading; cases numbered by a label
    /// word (案例1 … 案例12) are one list whatever headings group them (by promotion range, by field).
    /// </summary>
    private static HashSet<BodyItem> LargestList(IReadOnlyList<BodyItem> items)
    {
        if (items.GroupBy(i => (i.Kind, i.SectionPath)).MaxBy(g => g.Count()) is not { } largest) return [];
        return largest.Key.Kind == MarkerKind.Labelled ? [.. items.Where(i => i.Kind == MarkerKind.Labelled)] : [.. largest];
    }

    /// <summary>A safeguard/requirement paragraph: a body item that pairs with no table row and is no innovation.</summary>
    public static ParsedMeasure Requirement(int index, BodyItem item) => FromBody(index, item, null, false) with { Kind = ItemKinds.Requirement };

    private static ParsedMeasure FromBody(int index, BodyItem item, TableRow? row, bool isInnovation)
    {
        var body = new MeasureSource(MeasureSource.Body, item.Title, item.Text, item.Clause?.Scope, item.Clause?.Pilot, item.Clause?.Units?.Units,
            item.Clause?.Line ?? item.Line, item.Clause?.Quote ?? item.Title)
        {
            Roles = item.Clause?.Units?.Roles ?? [],
            Deadline = item.Clause?.Deadline,
        };
        var table = row is null ? null : ToSource(row);
        // A list item that is only a name gets its description from the table row that explains it.
        var text = item.Text == item.Title && table is not null ? table.Text : item.Text;
        var innovation = isInnovation ? Innovation(item.Title, text, row, item.Novelty) : null;
        return new ParsedMeasure(index, item.Seq, item.Title, text, item.Line, item.SectionPath, body, table, innovation) { TableIndex = row?.TableIndex ?? 0 };
    }

    private static ParsedMeasure FromTable(int index, TableRow row, bool isBatch)
    {
        var source = ToSource(row);
        var innovation = isBatch ? Innovation(row.Title, row.Text, row, null) : null;
        return new ParsedMeasure(index, row.Seq, row.Title, row.Text, row.Line, null, null, source, innovation) { TableIndex = row.TableIndex };
    }

    private static MeasureSource ToSource(TableRow row) =>
        new(MeasureSource.Table, row.Title, row.Text, row.Scope, row.Pilot, row.Units?.Units, row.Line, row.Quote)
        {
            Roles = row.Units?.Roles ?? [],
            Deadline = row.Deadline,
        };

    private static InnovationFacts Innovation(string title, string text, TableRow? row, string? namedNovelty)
    {
        var point = row?.InnovationPoint ?? InnovationPointIn(text);
        return new(row?.Novelty ?? namedNovelty ?? NoveltyIn(text), point, TaiwanCues.Mentions(title, text, point));
    }

    /// <summary>
    /// "创新类型：全国首创" in the text of an item written as paragraphs: a novelty column's name used as a label; else a
    /// novelty word opening the 创新点 sentence or a clause of it ("创新点：全省首创，…", "全国首创陆路口岸…"), or making
    /// up a clause after 属/为/系 ("…，属全国首创。"); "具有可复制推广价值", "为全国首创提供了经验" state none.
    /// </summary>
    private static string? NoveltyIn(string text) => LabelledNoveltyIn(text) ?? NoveltyWordIn(InnovationPointIn(text));

    private static string? NoveltyWordIn(string? point)
    {
        if (point is null) return null;
        foreach (var part in point.Split(['，', '；', ',', ';']))
        {
            var clause = part.Trim();
            // "属全国首创" is a claim; "为全国首创提供了经验" only mentions one: after 属/为/系 the word ends the clause.
            var copula = clause.Length > 0 && clause[0] is '属' or '为' or '系';
            var opening = copula ? clause[1..] : clause;
            if (ExtractionVocabulary.Default.Novelties.FirstOrDefault(word => copula ? opening == word : opening.StartsWith(word, StringComparison.Ordinal)) is { } novelty)
                return novelty;
        }
        return null;
    }

    private static string? LabelledNoveltyIn(string text)
    {
        foreach (var (name, role) in ExtractionVocabulary.Default.Columns)
        {
            if (role != ColumnRole.Novelty) continue;
            var at = text.IndexOf(name + "：", StringComparison.Ordinal);
            if (at >= 0 && TableParser.NoveltyCell(text[(at + name.Length + 1)..].TrimStart()).Novelty is { } novelty) return novelty;
        }
        return null;
    }

    /// <summary>"…创新点：首创铁路运单物权化。…" in the text of an item written as a paragraph rather than a table row.</summary>
    private static string? InnovationPointIn(string text)
    {
        var at = text.IndexOf("创新点：", StringComparison.Ordinal);
        if (at < 0) return null;
        var start = at + "创新点：".Length;
        var end = text.IndexOf('。', start);
        var point = (end < 0 ? text[start..] : text[start..end]).Trim();
        return point.Length > 0 ? point : null;
    }
}
