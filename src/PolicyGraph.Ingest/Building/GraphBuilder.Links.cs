using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Ingest.Similarity;

namespace PolicyGraph.Ingest.Building;

public sealed partial class GraphBuilder
{
    private const string UnknownScope = "unknown";

    private void AddBatch(DocumentContext ctx, IReadOnlyList<string> measureIds)
    {
        if (ctx.Doc.Batch is not { } batch) return;
        var scope = _zones.FindMentions(batch.ScopeText, ctx.Jurisdiction).LastOrDefault()?.Name
            ?? (ctx.Jurisdiction.IsKnown ? ctx.Jurisdiction.Name : UnknownScope);
        var id = Ids.Batch(scope, batch.Number);
        _graph.AddNode(id, ["InnovationBatch"], [
            ("number", SharedValues.Number(batch.Number)),
            ("scope", scope),
            ("issuedOn", ctx.Doc.Metadata.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("sourceFile", ctx.File),
            ("line", SharedValues.Number(batch.Line)),
        ]);
        _graph.AddRelationship("PUBLISHES", ctx.Id, id, [("line", SharedValues.Number(batch.Line))]);
        for (var i = 0; i < ctx.Doc.Measures.Count; i++)
        {
            var measure = ctx.Doc.Measures[i];
            if (measure.Innovation is null) continue;
            _graph.AddRelationship("INCLUDES", id, measureIds[i], [
                ("seq", SharedValues.Number(measure.Seq)),
                ("sourceFile", ctx.File),
                ("line", SharedValues.Number(measure.Line)),
            ]);
        }
    }

    private void CheckTotals(DocumentContext ctx, List<IngestDiagnostic> diagnostics)
    {
        var innovations = ctx.Doc.Measures.Where(m => m.Innovation is not null).ToList();
        foreach (var stated in ctx.Doc.StatedTotals)
        {
            var extracted = stated.Label switch
            {
                TotalsExtractor.TotalLabel => innovations.Count,
                TotalsExtractor.TaiwanLabel => innovations.Count(m => m.Innovation!.ConcernsTaiwan),
                _ when stated.Label.StartsWith(TotalsExtractor.ScopePrefix, StringComparison.Ordinal) => CountInScope(ctx, stated.Label[TotalsExtractor.ScopePrefix.Length..]),
                _ => innovations.Count(m => m.Innovation!.Novelty == stated.Label),
            };
            var check = new TotalCheck(ctx.File, stated.Label, stated.Count, extracted, stated.Line, stated.Quote);
            _totals.Add(check);
            if (!check.Matches)
            {
                diagnostics.Add(new(DiagnosticSeverity.Warning, ctx.File, stated.Line, DiagnosticCodes.TotalMismatch,
                    $"the document states {stated.Count} for '{stated.Label}' but {extracted} were extracted."));
            }
        }
    }

    /// <summary>Measures whose stated scope (body, else table) is the zone the phrase names.</summary>
    private int CountInScope(DocumentContext ctx, string placePhrase)
    {
        if (_zones.FindMentions(placePhrase, ctx.Jurisdiction).FirstOrDefault() is not { } zone) return 0;
        return ctx.Doc.Measures.Count(m => (m.Body?.Scope ?? m.Table?.Scope) is { } scope && ZonesIn(ctx, scope).Any(z => z.Id == zone.Id));
    }

    private void ReportMeasuresWithoutAgency(DocumentContext ctx, IReadOnlyList<string> measureIds)
    {
        var measures = ctx.Doc.Measures;
        bool HasUnits(ParsedMeasure m) => m.Body?.Units is not null || m.Table?.Units is not null;
        if (!measures.Any(HasUnits)) return;
        for (var i = 0; i < measures.Count; i++)
        {
            if (!HasUnits(measures[i]) && (measures[i].Table is not null || measures[i].Innovation is not null || SameGroupAssigns(measures, measures[i])))
                _withoutAgency.Add(new MeasureWithoutAgency(ctx.File, measureIds[i], measures[i].Seq, measures[i].Line, measures[i].Title));
        }
    }

    /// <summary>Most measures of the same heading name agencies: then a missing one is a gap, not the genre's way.</summary>
    private static bool SameGroupAssigns(IReadOnlyList<ParsedMeasure> measures, ParsedMeasure measure)
    {
        var group = measures.Where(m => m.SectionPath == measure.SectionPath).ToList();
        return group.Count(m => m.Body?.Units is not null) * 2 > group.Count;
    }

    /// <summary>
    /// Agencies and zones a document names without assigning them work or scope. Responsibility clauses and the
    /// units/scope cells of tables are not scanned: every name in them is assigned by definition.
    /// </summary>
    private void AddMentions(DocumentContext ctx)
    {
        var scan = new MentionScan(_agencies, _zones, _gazetteer.RegistryNames);
        List<ResolvedAgency> agencies = [];
        List<ResolvedZone> zones = [];
        foreach (var (text, line) in MentionTexts(ctx.Doc))
        {
            scan.Find(text, ctx.Jurisdiction, agencies, zones);
            foreach (var agency in agencies)
            {
                if (ctx.AssignedAgencies.Contains(agency.Id) || !ctx.Mentioned.Add(agency.Id)) continue;
                AddAgencyNode(agency);
                AddMention(ctx, agency.Id, line, agency.AsWritten);
            }
            foreach (var zone in zones)
            {
                if (ctx.ScopedZones.Contains(zone.Id) || !ctx.Mentioned.Add(zone.Id)) continue;
                AddZoneNode(zone);
                AddMention(ctx, zone.Id, line, zone.AsWritten);
            }
        }
    }

    /// <summary>
    /// Free text in document order — paragraphs and headings, then each measure's own text, on the line it was
    /// read from — with cited titles blanked out: 《中华人民共和国政府采购法》 names a law, not an agency.
    /// </summary>
    private static IEnumerable<(string Text, int Line)> MentionTexts(ParsedDocument doc)
    {
        var measureLines = new HashSet<int>(2 * doc.Measures.Count);
        foreach (var measure in doc.Measures)
        {
            measureLines.Add(measure.Line);
            measureLines.Add(measure.Table?.Line ?? 0);
        }
        foreach (var line in doc.Lines)
        {
            if (!line.IsTableRow && !measureLines.Contains(line.Line)) yield return (WithoutCitedTitles(line.Text), line.Line);
        }
        foreach (var measure in doc.Measures)
        {
            var line = measure.Body is { } body && body.Text == measure.Text ? measure.Line : measure.Table?.Line ?? measure.Line;
            yield return (WithoutCitedTitles(measure.Text), line);
            if (measure.Innovation?.InnovationPoint is { } point) yield return (WithoutCitedTitles(point), measure.Table?.Line ?? line);
        }
    }

    /// <remarks>A span pass, as the regex 《[^《》]*》 would blank: a 《 followed by another 《 before any 》 starts no title.</remarks>
    private static string WithoutCitedTitles(string text)
    {
        char[]? blanked = null;
        for (var open = text.IndexOf('《'); open >= 0;)
        {
            var next = text.AsSpan(open + 1).IndexOfAny('《', '》');
            if (next < 0) break;
            var end = open + 1 + next;
            if (text[end] == '《')
            {
                open = end;
                continue;
            }
            blanked ??= text.ToCharArray();
            blanked.AsSpan(open, end - open + 1).Fill(' ');
            open = text.IndexOf('《', end + 1);
        }
        return blanked is null ? text : new string(blanked);
    }

    private void AddMention(DocumentContext ctx, string targetId, int line, string asWritten) =>
        _graph.AddRelationship("MENTIONS", ctx.Id, targetId, [
            ("asWritten", asWritten),
            ("sourceFile", ctx.File),
            ("line", SharedValues.Number(line)),
        ]);

    /// <summary>CITES edges; a cited title or number that is a loaded document points at that document.</summary>
    private void AddCitations()
    {
        foreach (var (documentId, file, citation) in _citations)
        {
            var target = Lookup(citation.DocNumber) ?? Lookup(citation.Title);
            if (target is null)
            {
                target = Ids.CitedDocument(CitationExtractor.Key(citation));
                _graph.AddNode(target, ["Document"], [
                    ("title", citation.Title),
                    ("docNumber", citation.DocNumber),
                    ("cited", true),
                ]);
            }
            if (target == documentId) continue;
            _graph.AddRelationship("CITES", documentId, target, [
                ("sourceFile", file),
                ("line", SharedValues.Number(citation.Line)),
                ("quote", citation.Quote),
            ]);
        }
    }

    private string? Lookup(string? key) => key is null ? null : _documentByKey.GetValueOrDefault(Ids.NormaliseKey(key));

    private IReadOnlyList<LikelyDuplicate> AddSimilarities()
    {
        var titles = _measureTexts.ToDictionary(m => m.Id, m => m.Title, StringComparer.Ordinal);
        var duplicates = new List<LikelyDuplicate>();
        foreach (var pair in SimilarityFinder.Find(_measureTexts))
        {
            var score = Math.Round(pair.Score, 4);
            // The two matching sentences are the provenance of the claim that the measures say the same thing.
            if (!_graph.AddRelationship("SIMILAR_TO", pair.FromId, pair.ToId,
                    [("score", score), ("fromQuote", NullIfEmpty(pair.FromQuote)), ("toQuote", NullIfEmpty(pair.ToQuote))]))
                continue;
            duplicates.Add(new LikelyDuplicate(pair.FromId, pair.ToId, score, titles[pair.FromId], titles[pair.ToId]));
        }
        return duplicates;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>PART_OF from every zone in the graph up to its top-level ancestor, adding the ancestors.</summary>
    private void AddZoneHierarchy()
    {
        var parentsOf = _gazetteer.ZoneHierarchy.ToLookup(h => h.ChildId, h => h.ParentId, StringComparer.Ordinal);
        var pending = new Queue<string>(_graph.NodeIdsWithLabel("Zone"));
        while (pending.Count > 0)
        {
            var child = pending.Dequeue();
            foreach (var parent in parentsOf[child])
            {
                if (!_graph.HasNode(parent))
                {
                    AddZoneEntry(parent);
                    pending.Enqueue(parent);
                }
                _graph.AddRelationship("PART_OF", child, parent, [("source", "gazetteer")]);
            }
        }
    }

    private void AddZoneEntry(string zoneId)
    {
        var name = zoneId.StartsWith(Ids.ZonePrefix, StringComparison.Ordinal) ? zoneId[Ids.ZonePrefix.Length..] : zoneId;
        var entry = _gazetteer.FindZone(name);
        _graph.AddNode(zoneId, ["Zone"], [
            ("name", name),
            ("kind", entry?.Kind),
            ("known", entry is not null),
        ]);
    }
}
