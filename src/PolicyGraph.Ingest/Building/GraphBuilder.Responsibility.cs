using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Building;

public sealed partial class GraphBuilder
{
    /// <summary>One agency or zone as stated by one or both sources of a measure.</summary>
    private sealed record Stated<T>(T Value, List<string> Sources, MeasureSource First, int Order);

    private void AddResponsibility(DocumentContext ctx, ParsedMeasure measure, string measureId)
    {
        var body = ResolveAgencies(ctx, measure.Body);
        var table = ResolveAgencies(ctx, measure.Table);
        var stated = Combine(body, measure.Body, table, measure.Table, a => a.Id);
        var roles = StatedRoles(ctx, measure);
        foreach (var (agencyId, s) in stated)
        {
            AddAgencyNode(s.Value);
            ctx.AssignedAgencies.Add(agencyId);
            AddStatedEdge("RESPONSIBLE_FOR", agencyId, measureId, ctx, s, s.Value.AsWritten, roles?.GetValueOrDefault(agencyId));
            ctx.ItemsWithAgency.Add(measureId);
        }
        // Only a measure with both sources can disagree: the name sequences are not even made for the others.
        if (measure is { Body: not null, Table: not null })
            RecordDisagreement(ctx, measure, measureId, "agencies", body.Select(a => a.Name), table.Select(a => a.Name));
        RecordRoleDisagreement(ctx, measure, measureId);
    }

    /// <summary>
    /// An agency that body and table both give a role, but different ones (牵头 in the body, 配合 in the table): the
    /// graph keeps the body's, so the difference is reported rather than lost.
    /// </summary>
    private void RecordRoleDisagreement(DocumentContext ctx, ParsedMeasure measure, string measureId)
    {
        if (measure.Body?.Roles is not { Count: > 0 } bodyGroups || measure.Table?.Roles is not { Count: > 0 } tableGroups) return;
        var body = RolesByAgency(ctx, bodyGroups);
        var table = RolesByAgency(ctx, tableGroups);
        var both = body.Keys.Where(table.ContainsKey).Order(StringComparer.Ordinal).ToList();
        RecordDisagreement(ctx, measure, measureId, "role",
            both.Select(id => $"{body[id].Name}：{body[id].Role}"), both.Select(id => $"{table[id].Name}：{table[id].Role}"));
    }

    private Dictionary<string, (string Name, string Role)> RolesByAgency(DocumentContext ctx, IReadOnlyList<RoleUnits> groups)
    {
        var roles = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var group in groups)
            foreach (var agency in AgenciesIn(ctx, group.Names)) roles.TryAdd(agency.Id, (agency.Name, group.Role));
        return roles;
    }

    private void AddScopes(DocumentContext ctx, ParsedMeasure measure, string measureId)
    {
        var body = ResolveZones(ctx, measure.Body?.Scope, measure.Body);
        var table = ResolveZones(ctx, measure.Table?.Scope, measure.Table);
        foreach (var (zoneId, s) in Combine(body, measure.Body, table, measure.Table, z => z.Id))
        {
            AddZoneNode(s.Value);
            ctx.ScopedZones.Add(zoneId);
            AddStatedEdge("APPLIES_IN", measureId, zoneId, ctx, s, s.Value.AsWritten);
        }
        if (measure is { Body: not null, Table: not null })
            RecordDisagreement(ctx, measure, measureId, "scope", body.Select(z => z.Name), table.Select(z => z.Name));
    }

    private void AddPilots(DocumentContext ctx, ParsedMeasure measure, string measureId)
    {
        // A table's 试点片区 column, else a body item's 试点片区 label.
        var source = measure.Table?.Pilot is not null ? measure.Table : measure.Body;
        var pilots = ResolveZones(ctx, source?.Pilot, source);
        foreach (var (zoneId, s) in Combine([], null, pilots, source, z => z.Id))
        {
            AddZoneNode(s.Value);
            ctx.ScopedZones.Add(zoneId);
            AddStatedEdge("PILOTED_IN", measureId, zoneId, ctx, s, s.Value.AsWritten);
        }
    }

    private void CompareStatements(DocumentContext ctx, ParsedMeasure measure, string measureId)
    {
        if (measure.Body is null || measure.Table is null) return;
        RecordDisagreement(ctx, measure, measureId, "title", [TitleKey(measure.Body.Title)], [TitleKey(measure.Table.Title)]);
        if (measure.Body.Deadline is { } bodyDeadline && measure.Table.Deadline is { } tableDeadline)
            RecordDisagreement(ctx, measure, measureId, "deadline", [TitleKey(bodyDeadline)], [TitleKey(tableDeadline)]);
    }

    private static string TitleKey(string title) => MetadataExtractor.RemoveSpaces(title).TrimEnd('。');

    private IReadOnlyList<ResolvedAgency> ResolveAgencies(DocumentContext ctx, MeasureSource? source)
    {
        if (source?.Units is not { Length: > 0 } units) return [];
        IReadOnlyList<ResolvedAgency> agencies;
        using (Stages?.Time(IngestStages.Resolution)) agencies = AgenciesIn(ctx, units);
        foreach (var unknown in agencies.Where(a => !a.Known))
            _unresolved.Add(new UnresolvedName(ctx.File, source.Line, "agency", unknown.AsWritten, unknown.Name));
        return agencies;
    }

    /// <summary>
    /// The agencies a list names, resolved once per document: a measure's units are read again for their roles and
    /// for disagreements, and the same list recurs over a document's items.
    /// </summary>
    private IReadOnlyList<ResolvedAgency> AgenciesIn(DocumentContext ctx, string list)
    {
        if (!ctx.ResolvedLists.TryGetValue(list, out var agencies))
            ctx.ResolvedLists[list] = agencies = _agencies.ResolveList(list, ctx.Jurisdiction);
        return agencies;
    }

    /// <summary>The zones a scope cell names, resolved once per document: a document's items repeat the same few scopes.</summary>
    private IReadOnlyList<ResolvedZone> ZonesIn(DocumentContext ctx, string scope)
    {
        if (!ctx.ResolvedScopes.TryGetValue(scope, out var zones))
            ctx.ResolvedScopes[scope] = zones = _zones.ResolveScope(scope, ctx.Jurisdiction);
        return zones;
    }

    /// <summary>The role of each agency whose role is stated, the body's word first; null when no source states any.</summary>
    private Dictionary<string, string>? StatedRoles(DocumentContext ctx, ParsedMeasure measure)
    {
        if (measure.Body?.Roles is not { Count: > 0 } && measure.Table?.Roles is not { Count: > 0 }) return null;
        using var resolution = Stages?.Time(IngestStages.Resolution);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in (measure.Body?.Roles ?? []).Concat(measure.Table?.Roles ?? []))
        {
            foreach (var agency in AgenciesIn(ctx, group.Names)) roles.TryAdd(agency.Id, group.Role);
        }
        return roles;
    }

    private IReadOnlyList<ResolvedZone> ResolveZones(DocumentContext ctx, string? scope, MeasureSource? source)
    {
        if (source is null || scope is not { Length: > 0 }) return [];
        IReadOnlyList<ResolvedZone> zones;
        using (Stages?.Time(IngestStages.Resolution)) zones = ZonesIn(ctx, scope);
        foreach (var unknown in zones.Where(z => !z.Known))
            _unresolved.Add(new UnresolvedName(ctx.File, source.Line, "zone", unknown.AsWritten, unknown.Name));
        return zones;
    }

    /// <summary>Body statements first, in written order, then what only the table states; each with its sources.</summary>
    /// <remarks>A list with a linear search: a measure names a handful of agencies or zones, often none.</remarks>
    private static List<KeyValuePair<string, Stated<T>>> Combine<T>(
        IReadOnlyList<T> body, MeasureSource? bodySource, IReadOnlyList<T> table, MeasureSource? tableSource, Func<T, string> id)
    {
        var result = new List<KeyValuePair<string, Stated<T>>>(body.Count + table.Count);
        AddStated(result, body, bodySource, id);
        AddStated(result, table, tableSource, id);
        return result;
    }

    private static void AddStated<T>(List<KeyValuePair<string, Stated<T>>> result, IReadOnlyList<T> values, MeasureSource? source, Func<T, string> id)
    {
        if (source is null) return;
        foreach (var value in values)
        {
            var key = id(value);
            var existing = IndexOfKey(result, key);
            if (existing < 0)
                result.Add(new(key, new Stated<T>(value, [source.Origin], source, result.Count + 1)));
            else if (!result[existing].Value.Sources.Contains(source.Origin))
                result[existing].Value.Sources.Add(source.Origin);
        }
    }

    private static int IndexOfKey<T>(List<KeyValuePair<string, Stated<T>>> stated, string key)
    {
        for (var i = 0; i < stated.Count; i++)
        {
            if (stated[i].Key == key) return i;
        }
        return -1;
    }

    /// <summary>An edge stating responsibility or scope, with where it is stated (the span stays on the stack).</summary>
    private void AddStatedEdge<T>(
        string type, string startId, string endId, DocumentContext ctx, Stated<T> stated, string asWritten, string? role = null) =>
        _graph.AddRelationship(type, startId, endId, [
            ("order", SharedValues.Number(stated.Order)),
            ("role", role),
            ("sources", SourcesValue(stated.Sources)),
            ("asWritten", asWritten),
            ("sourceFile", ctx.File),
            ("line", SharedValues.Number(stated.First.Line)),
            ("page", ctx.PageOf(stated.First.Line)),
            ("quote", stated.First.Quote),
        ]);

    /// <summary>The sources as an array; a single source (most edges are stated once) as its shared one-element list.</summary>
    private string[] SourcesValue(List<string> sources) => sources.Count == 1 ? SingleList(sources[0]) : sources.ToArray();

    /// <summary>
    /// One shared one-element list for each value (a single source, an alias as written): a graph value is never
    /// changed after it is stated, and the same few values recur on thousands of edges and nodes.
    /// </summary>
    private string[] SingleList(string value)
    {
        if (!_singleLists.TryGetValue(value, out var single))
            _singleLists[value] = single = [value];
        return single;
    }

    /// <remarks>Most measures have one source: nothing to compare, and the lazy name sequences are never read.</remarks>
    private void RecordDisagreement(DocumentContext ctx, ParsedMeasure measure, string measureId, string field, IEnumerable<string> body, IEnumerable<string> table)
    {
        if (measure.Body is null || measure.Table is null) return;
        var b = body.ToList();
        var t = table.ToList();
        if (b.Count == 0 || t.Count == 0 || SameSet(b, t)) return;
        var bodyOnly = b.Except(t, StringComparer.Ordinal).ToArray();
        var tableOnly = t.Except(b, StringComparer.Ordinal).ToArray();
        if (bodyOnly.Length == 0 && tableOnly.Length == 0) return;
        _disagreements.Add(new BodyTableDisagreement(ctx.File, measureId, measure.Seq, field, bodyOnly, tableOnly, measure.Body.Line, measure.Table.Line));
    }

    /// <summary>The usual case — body and table agree — checked without building the two differences.</summary>
    private static bool SameSet(List<string> body, List<string> table) =>
        body.TrueForAll(table.Contains) && table.TrueForAll(body.Contains);

    private void AddAgencyNode(ResolvedAgency agency) =>
        _graph.AddNode(agency.Id, ["Agency"], [
            ("name", agency.Name),
            ("aliases", SingleList(agency.AsWritten)),
            ("level", agency.Level.Length > 0 ? agency.Level : null),
            ("kind", agency.Kind.Length > 0 ? agency.Kind : null),
            ("englishName", agency.EnglishName),
            ("known", agency.Known),
        ]);

    private void AddZoneNode(ResolvedZone zone) =>
        _graph.AddNode(zone.Id, ["Zone"], [
            ("name", zone.Name),
            ("aliases", SingleList(zone.AsWritten)),
            ("kind", zone.Kind.Length > 0 ? zone.Kind : null),
            ("known", zone.Known),
        ]);
}
