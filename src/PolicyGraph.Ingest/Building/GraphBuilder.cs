using PolicyGraph.Core.Model;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Ingest.Similarity;

namespace PolicyGraph.Ingest.Building;

/// <summary>
/// Turns parsed documents into the property graph of the contract in cypher/README.md, resolving agency and zone
/// names through the gazetteer, and collects the consistency report on the way. Add documents in a stable order
/// (the loader sorts by file name) for ids and ordering to be deterministic.
/// </summary>
public sealed partial class GraphBuilder
{
    private readonly GraphAccumulator _graph = new();
    private readonly Gazetteer _gazetteer;
    private readonly AgencyResolver _agencies;
    private readonly ZoneResolver _zones;
    private readonly List<BodyTableDisagreement> _disagreements = [];
    private readonly List<UnresolvedName> _unresolved = [];
    private readonly List<MeasureWithoutAgency> _withoutAgency = [];
    private readonly List<TotalCheck> _totals = [];
    private readonly List<(string DocumentId, string SourceFile, Citation Citation)> _citations = [];
    private readonly List<MeasureText> _measureTexts = [];
    private readonly Dictionary<string, string> _documentByKey = new(StringComparer.Ordinal);
    private readonly List<DocumentCoverage> _coverage = [];
    private readonly List<UnplacedEntry> _unplaced = [];
    private readonly Dictionary<string, string[]> _singleLists = new(StringComparer.Ordinal);

    private readonly bool _findMentions;

    /// <summary>When set, adding documents charges its time to graph, resolution and mention stages.</summary>
    public StageClock? Stages { get; init; }

    public GraphBuilder(Gazetteer gazetteer, bool findMentions = true)
    {
        _findMentions = findMentions;
        _gazetteer = gazetteer;
        _agencies = new AgencyResolver(gazetteer);
        _zones = new ZoneResolver(gazetteer);
    }

    /// <summary>The per-document state shared by the steps that add one document.</summary>
    private sealed record DocumentContext(ParsedDocument Doc, string Id, Jurisdiction Jurisdiction)
    {
        public string File => Doc.Source.FileName;

        /// <summary>The PDF page of a line; null for formats without pages (so no property is written).</summary>
        public object? PageOf(int line) => SharedValues.Number(Doc.Source.PageOf(line));
        public HashSet<string> AssignedAgencies { get; } = new(StringComparer.Ordinal);

        /// <summary>This document's items that some agency is RESPONSIBLE_FOR.</summary>
        public HashSet<string> ItemsWithAgency { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ScopedZones { get; } = new(StringComparer.Ordinal);

        /// <summary>Agencies and zones this document already MENTIONS, so each gets one edge.</summary>
        public HashSet<string> Mentioned { get; } = new(StringComparer.Ordinal);

        /// <summary>Section node ids by path: items and subsections refer to their section by the node's own id string.</summary>
        public Dictionary<string, string> SectionIds { get; } = new(StringComparer.Ordinal);

        public string SectionId(string path) => SectionIds.GetValueOrDefault(path) ?? Ids.Section(Doc.Source.DocumentKey, path);

        /// <summary>Unit lists already resolved in this document's jurisdiction (see <see cref="AgenciesIn"/>).</summary>
        public Dictionary<string, IReadOnlyList<ResolvedAgency>> ResolvedLists { get; } = new(StringComparer.Ordinal);

        /// <summary>Scope cells already resolved in this document's jurisdiction (see <see cref="ZonesIn"/>).</summary>
        public Dictionary<string, IReadOnlyList<ResolvedZone>> ResolvedScopes { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Adds one document with everything extracted from it; returns its node id.</summary>
    public string AddDocument(ParsedDocument doc, List<IngestDiagnostic> diagnostics)
    {
        using var graph = Stages?.Time(IngestStages.Graph);
        var metadata = doc.Metadata;
        var ctx = new DocumentContext(doc, Ids.Document(doc.Source.DocumentKey), JurisdictionDetector.Detect(_gazetteer, metadata.Title, metadata.Issuer));
        AddDocumentNode(ctx);
        AddSections(ctx);
        var measureIds = doc.Measures.Select(m => AddItem(ctx, m)).ToList();
        var requirementIds = doc.Requirements.Select(r => AddItem(ctx, r)).ToList();
        ReportMeasuresWithoutAgency(ctx, measureIds);
        AddCoverage(ctx, measureIds.Concat(requirementIds));
        AddBatch(ctx, measureIds);
        CheckTotals(ctx, diagnostics);
        if (_findMentions)
        {
            using (Stages?.Time(IngestStages.Mentions)) AddMentions(ctx);
        }
        _citations.AddRange(doc.Citations.Select(c => (ctx.Id, ctx.File, c)));
        return ctx.Id;
    }

    public (PropertyGraph Graph, ConsistencyReport Report) Build(bool findSimilar)
    {
        using var finish = Stages?.Time(IngestStages.Finish);
        AddCitations();
        IReadOnlyList<LikelyDuplicate> duplicates = [];
        if (findSimilar)
        {
            using (Stages?.Time(IngestStages.Similarity)) duplicates = AddSimilarities();
        }
        AddZoneHierarchy();
        var report = new ConsistencyReport(_disagreements, _unresolved, _withoutAgency, _totals, duplicates)
        {
            Coverage = _coverage,
            Unplaced = _unplaced,
        };
        return (_graph.Build(), report);
    }

    private void AddDocumentNode(DocumentContext ctx)
    {
        var metadata = ctx.Doc.Metadata;
        _graph.AddNode(ctx.Id, ["Document"], [
            ("title", metadata.Title),
            ("docNumber", metadata.DocNumber),
            ("issuer", metadata.Issuer),
            ("issuedOn", metadata.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("status", metadata.Status),
            ("genre", metadata.Genre),
            ("jurisdiction", ctx.Jurisdiction.IsKnown ? ctx.Jurisdiction.Name : null),
            ("sourceFile", ctx.File),
            ("sha256", ctx.Doc.Source.Sha256),
            ("encoding", ctx.Doc.Source.EncodingName),
            ("format", ctx.Doc.Source.Format),
            ("line", SharedValues.Number(metadata.TitleLine)),
            ("page", ctx.PageOf(metadata.TitleLine)),
        ]);
        _documentByKey.TryAdd(Ids.NormaliseKey(metadata.Title), ctx.Id);
        if (metadata.DocNumber is not null) _documentByKey.TryAdd(Ids.NormaliseKey(metadata.DocNumber), ctx.Id);
        if (metadata.Issuer is not null) AddIssuer(ctx, metadata.Issuer, metadata.IssuerLine);
    }

    private void AddIssuer(DocumentContext ctx, string issuer, int? line)
    {
        var agency = _agencies.Resolve(issuer, ctx.Jurisdiction);
        AddAgencyNode(agency);
        _graph.AddRelationship("ISSUED_BY", ctx.Id, agency.Id, [
            ("asWritten", issuer),
            ("sourceFile", ctx.File),
            ("line", SharedValues.Number(line)),
            ("quote", issuer),
        ]);
        ctx.AssignedAgencies.Add(agency.Id);
    }

    private void AddSections(DocumentContext ctx)
    {
        var key = ctx.Doc.Source.DocumentKey;
        foreach (var section in ctx.Doc.Sections)
        {
            var id = Ids.Section(key, section.Path);
            ctx.SectionIds.TryAdd(section.Path, id);
            _graph.AddNode(id, ["Section"], [
                ("title", section.Title),
                ("ordinal", SharedValues.Number(section.Ordinal)),
                ("level", SharedValues.Number(section.Level)),
                ("kind", section.Kind),
                ("path", section.Path),
                ("sourceFile", ctx.File),
                ("line", SharedValues.Number(section.Line)),
                ("page", ctx.PageOf(section.Line)),
            ]);
            var parent = section.ParentPath is null ? ctx.Id : ctx.SectionId(section.ParentPath);
            _graph.AddRelationship("HAS_SECTION", parent, id, [("ordinal", SharedValues.Number(section.Ordinal))]);
        }
    }

    private static readonly string[] RequirementLabels = ["Requirement"];
    private static readonly string[] MeasureLabels = ["Measure"];
    private static readonly string[] InnovationLabels = ["Measure", "Innovation"];

    /// <summary>A measure (Measure, Measure:Innovation) or a requirement paragraph (Requirement), with the same provenance.</summary>
    private string AddItem(DocumentContext ctx, ParsedMeasure measure)
    {
        var key = ctx.Doc.Source.DocumentKey;
        var isRequirement = measure.Kind == ItemKinds.Requirement;
        var id = isRequirement ? Ids.Requirement(key, measure.Index) : Ids.Measure(key, measure.Index);
        var labels = isRequirement ? RequirementLabels : measure.Innovation is null ? MeasureLabels : InnovationLabels;
        var deadlineSource = measure.Body?.Deadline is not null ? measure.Body : measure.Table?.Deadline is not null ? measure.Table : null;
        _graph.AddNode(id, labels, [
            ("seq", SharedValues.Number(measure.Seq)),
            ("key", measure.Key),
            ("title", measure.Title),
            ("text", measure.Text),
            ("sourceFile", ctx.File),
            ("line", SharedValues.Number(measure.Line)),
            ("page", ctx.PageOf(measure.Line)),
            ("tableLine", measure.Table is { } t && measure.Body is not null ? SharedValues.Number(t.Line) : null),
            ("deadline", deadlineSource?.Deadline),
            ("deadlineLine", deadlineSource is null ? null : SharedValues.Number(deadlineSource.Line)),
            ("novelty", measure.Innovation?.Novelty),
            ("innovationPoint", measure.Innovation?.InnovationPoint),
            ("concernsTaiwan", measure.Innovation?.ConcernsTaiwan),
        ]);
        ReadOnlySpan<(string Key, object? Value)> order = [("order", SharedValues.Number(measure.Index))];
        _graph.AddRelationship("CONTAINS", ctx.Id, id, order);
        if (measure.SectionPath is not null) _graph.AddRelationship("CONTAINS", ctx.SectionId(measure.SectionPath), id, order);
        AddResponsibility(ctx, measure, id);
        AddScopes(ctx, measure, id);
        if (isRequirement) return id;
        AddPilots(ctx, measure, id);
        CompareStatements(ctx, measure, id);
        _measureTexts.Add(new MeasureText(id, ctx.Id, measure.Title, measure.Text));
        return id;
    }
}
