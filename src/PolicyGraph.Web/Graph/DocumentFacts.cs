using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>Characters [Start, End) of one source line (1-based) that a fact covers.</summary>
public sealed record FactSpan(int Line, int Start, int End);

/// <summary>
/// One extracted fact of a document where its text stands: kind (item, heading, unit, scope, deadline, citation),
/// the lines it spans and the characters on them (none when its words were not found: then only the line is known),
/// the element it comes from, the node the graph centres on, the stated role and which part states it.
/// </summary>
public sealed record DocumentFact(
    string Kind, int Line, int EndLine, string? Text, string ElementId, string NodeId, string? Role, string? Sources, IReadOnlyList<FactSpan> Spans)
{
    /// <summary>The clause of the source that states the fact (a relationship's <c>quote</c>), when it has one.</summary>
    public string? Quote { get; init; }

    /// <summary>
    /// How <see cref="Spans"/> were found: "text" (the fact's own words), "quote" (its words are not in the line as
    /// written, e.g. 仓山区、马尾区人民政府 for 马尾区人民政府, but the clause stating it is, exactly), "line" (an item
    /// or heading whose words were not found: its whole line) or "none" (not located in the text: no highlight).
    /// </summary>
    public string Located { get; init; } = FactLocation.None;
}

/// <summary>The values of <see cref="DocumentFact.Located"/>.</summary>
public static class FactLocation
{
    public const string Text = "text";
    public const string Quote = "quote";
    public const string Line = "line";
    public const string None = "none";
}

/// <summary>Every fact the reader view highlights in one document.</summary>
public sealed record DocumentFactList(string DocumentId, string Title, int TotalLines, IReadOnlyList<DocumentFact> Facts);

/// <summary>Reads a document's facts through the backend and places each on its source lines.</summary>
public static class DocumentFactReader
{
    // A clause may wrap: words stated "on" a line can run onto the next lines of the source.
    private const int WrapLines = 3;

    private static readonly Dictionary<string, string> KindOfRelationship = new(StringComparer.Ordinal)
    {
        [RelationshipTypes.ResponsibleFor] = "unit",
        [RelationshipTypes.IssuedBy] = "unit",
        [RelationshipTypes.AppliesIn] = "scope",
        [RelationshipTypes.PilotedIn] = "scope",
        [RelationshipTypes.Cites] = "citation",
    };

    public static async Task<DocumentFactList> ReadAsync(LoadedGraph graph, string documentId, string title, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = documentId };
        var nodes = (await graph.Reader.RunAsync(GraphReads.DocumentFactNodes, parameters, cancellationToken)).Rows
            .Select(row => (NodeValue)row[0]!).ToDictionary(ElementsBuilder.PolicyId, StringComparer.Ordinal);
        var relationships = await graph.Reader.RunAsync(GraphReads.DocumentFactRelationships, parameters, cancellationToken);
        var facts = nodes.Values.SelectMany(NodeFacts)
            .Concat(relationships.Rows.SelectMany(row => RelationshipFacts(row, nodes))).ToList();
        var lines = graph.Sources.Lines(documentId) ?? [];
        var placed = facts.Select(fact => Place(fact, lines)).OrderBy(f => f.Line).ThenBy(f => f.ElementId, StringComparer.Ordinal).ToArray();
        return new DocumentFactList(documentId, title, lines.Count, placed);
    }

    private static IEnumerable<DocumentFact> NodeFacts(NodeValue node)
    {
        var id = ElementsBuilder.PolicyId(node);
        var props = node.Properties;
        if (LineOf(props, PropertyNames.Line) is not { } line)
            yield break;
        if (node.Labels.Contains(NodeLabels.Section))
        {
            yield return Fact("heading", line, Text(props, PropertyNames.Title), id, id);
            yield break;
        }
        if (!NodeLabels.Items.Any(node.Labels.Contains))
            yield break;
        yield return Fact("item", line, Text(props, PropertyNames.Title), id, id);
        if (Text(props, PropertyNames.Deadline) is { } deadline)
            yield return Fact("deadline", LineOf(props, PropertyNames.DeadlineLine) ?? line, deadline, id, id);
    }

    // A fact both parts state is shown on the body line and again on the annex-table row.
    private static IEnumerable<DocumentFact> RelationshipFacts(IReadOnlyList<object?> row, IReadOnlyDictionary<string, NodeValue> nodes)
    {
        var relationship = (RelationshipValue)row[1]!;
        if (!KindOfRelationship.TryGetValue(relationship.Type, out var kind) || LineOf(relationship.Properties, PropertyNames.Line) is not { } line
            || row[3] is not string item)
            yield break;
        var props = relationship.Properties;
        var sources = EdgeStatements.SourcesOf(props);
        var text = Text(props, PropertyNames.AsWritten) ?? Text(props, PropertyNames.Quote);
        var role = Text(props, PropertyNames.Role);
        var id = ElementsBuilder.PolicyId(relationship);
        var quote = Text(props, PropertyNames.Quote);
        yield return Fact(kind, line, text, id, item) with { Role = role, Sources = sources, Quote = quote };
        var tableLine = LineOf(props, PropertyNames.TableLine)
            ?? (nodes.TryGetValue(item, out var measure) ? LineOf(measure.Properties, PropertyNames.TableLine) : null);
        if (sources == EdgeStatements.Both && tableLine is { } table && table != line)
            yield return Fact(kind, table, Text(props, PropertyNames.AsWritten), id, item) with { Role = role, Sources = sources };
    }

    private static DocumentFact Fact(string kind, int line, string? text, string elementId, string nodeId) =>
        new(kind, line, line, text, elementId, nodeId, null, null, []);

    /// <summary>
    /// Finds the fact's words on its line or, for a clause that wraps, on the next few lines; failing that, the clause
    /// that states it, by its exact text on its line; an item or heading whose words are not found covers its whole
    /// line. Anything else stays without spans ("not located in the text"): never a guessed highlight.
    /// </summary>
    public static DocumentFact Place(DocumentFact fact, IReadOnlyList<string> lines)
    {
        if (fact.Line > lines.Count)
            return fact with { Spans = [], Located = FactLocation.None };
        var window = lines.Skip(fact.Line - 1).Take(WrapLines + 1).ToArray();
        var ranges = QuoteLocator.Locate(window, 0, fact.Text);
        var spans = ranges.SelectMany((onLine, i) => onLine.Select(r => new FactSpan(fact.Line + i, r[0], r[1]))).ToArray();
        if (spans.Length > 0)
            return fact with { Line = spans[0].Line, EndLine = spans[^1].Line, Spans = spans, Located = FactLocation.Text };
        if (ExactSpans(window, fact.Line, fact.Quote) is { Length: > 0 } clause)
            return fact with { EndLine = clause[^1].Line, Spans = clause, Located = FactLocation.Quote };
        return fact.Kind is "item" or "heading"
            ? fact with { Spans = [new FactSpan(fact.Line, 0, window[0].Length)], Located = FactLocation.Line }
            : fact with { Spans = [], Located = FactLocation.None };
    }

    /// <summary>
    /// The spans of <paramref name="text"/> found character for character in the window's lines read as one text (a
    /// clause the source wraps continues on the next line, after any blank ones), starting on the window's first line.
    /// </summary>
    private static FactSpan[] ExactSpans(IReadOnlyList<string> window, int firstLine, string? text)
    {
        var start = string.IsNullOrEmpty(text) ? -1 : string.Concat(window).IndexOf(text, StringComparison.Ordinal);
        if (start < 0 || start >= window[0].Length)
            return [];
        var spans = new List<FactSpan>();
        var (end, lineStart) = (start + text!.Length, 0);
        for (var i = 0; i < window.Count && lineStart < end; lineStart += window[i].Length, i++)
        {
            var (from, to) = (Math.Max(start, lineStart), Math.Min(end, lineStart + window[i].Length));
            if (from < to)
                spans.Add(new FactSpan(firstLine + i, from - lineStart, to - lineStart));
        }
        return spans.ToArray();
    }

    /// <summary>A line number as stored; null (the fact is left out) for a value that is no line: not a whole number from 1 up.</summary>
    private static int? LineOf(IReadOnlyDictionary<string, object?> props, string key) => props.GetValueOrDefault(key) switch
    {
        int line and >= 1 => line,
        long line and >= 1 and <= int.MaxValue => (int)line,
        double line when line >= 1 && line <= int.MaxValue && line == Math.Floor(line) => (int)line,
        _ => null,
    };

    private static string? Text(IReadOnlyDictionary<string, object?> props, string key) =>
        props.GetValueOrDefault(key) is string { Length: > 0 } text ? text : null;
}
