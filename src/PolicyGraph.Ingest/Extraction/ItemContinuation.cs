using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// What an item's own text states about who does the work, wherever in that text it stands: the numbered line (a
/// closing bracket, brackets inside the text, "由…牵头", clause subjects) and the paragraphs below it that are still
/// the item's ("所需资金由市财政局统筹安排。" after an article's points, "——市商务局牵头，市财政局配合" on a line of its
/// own). A line of units opening with a dash belongs to the item above it. Other lines belong to the item only
/// where nothing else can own them: in an article (第X条 holds every paragraph up to the next article or heading), or
/// between the item and the next item of its own list. A paragraph ending with "：" introduces what follows it, and a
/// short line without punctuation is a heading or a signature: either ends the item.
/// </summary>
internal static class ItemContinuation
{
    /// <summary>
    /// The units, scope and deadline a line states from <paramref name="restStart"/> on, the text without its closing
    /// clause, and the closing clause alone (a bracket or label sentence, or null).
    /// </summary>
    /// <remarks>
    /// A bracket holding nothing but a time ("…——A牵头，B配合（6月底前）") states the deadline, and what closes the text
    /// before it is read as if the bracket were not there.
    /// </remarks>
    public static (ResponsibilityClause? Stated, string Text, ResponsibilityClause? Closing) StatedIn(LogicalLine line, int restStart)
    {
        var rest = line.Text[restStart..];
        var closing = Closing(line, restStart, rest);
        var deadline = closing is null ? ResponsibilityClauses.ClosingDeadline(rest) : null;
        if (deadline is { } note)
        {
            rest = rest[..note.Open];
            closing = Closing(line, restStart, rest);
        }
        if (closing is not null) rest = rest[..(closing.Value.Start - restStart)];
        var text = rest.Trim();
        var stated = Responsibility(closing?.Clause, line, restStart, text.Length);
        return (deadline is { } time ? WithDeadline(stated, time.Deadline, line, restStart + time.Open) : stated, text, closing?.Clause);
    }

    /// <summary>The deadline a time bracket at <paramref name="bracket"/> states, unless the clause states its own.</summary>
    private static ResponsibilityClause WithDeadline(ResponsibilityClause? stated, string deadline, LogicalLine line, int bracket) =>
        stated?.Deadline is not null ? stated
            : (stated ?? new ResponsibilityClause(null, null, null, line.LineAt(bracket), line.Quote(bracket, line.Text.TrimEnd().Length - bracket)))
                with { Deadline = deadline };

    private static (ResponsibilityClause Clause, int Start)? Closing(LogicalLine line, int restStart, string rest) =>
        ResponsibilityClauses.Closing(line, restStart, rest) ?? ResponsibilityClauses.ClosingLabelSentence(line, restStart, rest);

    /// <summary>The item with the paragraphs below it that are its own: their text appended, their units added to its.</summary>
    public static BodyItem Extend(List<LogicalLine> lines, LineMarker?[] markers, int start, BodyItem item)
    {
        var paragraphs = new List<LogicalLine>();
        var (dashedAbove, ownersBelow) = (new List<ResponsibilityClause>(), new List<ResponsibilityClause>());
        var end = start;
        for (; end < lines.Count && markers[end] is null; end++)
        {
            var line = lines[end];
            var text = line.Text.Trim();
            if (line.IsTableRow || LineShapes.IsDateLine(text)) break;
            // Labelled and bracket lines are the units line's (StructureParser.UnitsLine, TakePoints).
            if (ResponsibilityClauses.LabelLine(line) is not null) continue;
            if (ResponsibilityClauses.OwnersLine(line) is { } owners)
            {
                // A dash ties a line of units to the item above it; without one it may speak for the whole list.
                (paragraphs.Count == 0 && text.StartsWith("——", StringComparison.Ordinal) ? dashedAbove : ownersBelow).Add(owners);
                continue;
            }
            if (LineShapes.IsStandaloneShortLine(text) || text.EndsWith('：')) break;
            paragraphs.Add(line);
        }
        var owned = OwnsParagraphs(item, end < lines.Count ? markers[end] : null);
        var stated = new List<ResponsibilityClause>(dashedAbove);
        if (owned)
        {
            stated.AddRange(paragraphs.Select(p => StatedIn(p, 0).Stated).OfType<ResponsibilityClause>().Where(c => c.Units is not null));
            stated.AddRange(ownersBelow);
        }
        var appended = owned && paragraphs.Count > 0;
        if (stated.Count == 0 && !appended) return item;
        return item with
        {
            Text = appended ? item.Text + string.Concat(paragraphs.Select(p => p.Text.Trim())) : item.Text,
            Clause = WithUnitsOf(item.Clause, stated),
            StatesUnitsApart = item.StatesUnitsApart || dashedAbove.Count > 0 || (owned && ownersBelow.Count > 0),
        };
    }

    /// <summary>An article owns its paragraphs; another item only when the next numbered line is the next item of its list.</summary>
    private static bool OwnsParagraphs(BodyItem item, LineMarker? next) =>
        item.Kind == MarkerKind.Article
        || (next is not null && next.Kind == item.Kind && ChineseNumerals.Parse(next.Number) == item.Seq + 1);

    /// <summary>
    /// The closing clause's units, else "由…牵头" or the clause subjects of the text; with the units of brackets inside
    /// the text. The closing clause keeps its scope and deadline.
    /// </summary>
    private static ResponsibilityClause? Responsibility(ResponsibilityClause? closing, LogicalLine line, int restStart, int textLength)
    {
        var inner = ResponsibilityClauses.InnerBrackets(line, restStart, Math.Min(line.Text.Length, restStart + textLength));
        if (closing?.Units is not null) return WithUnitsOf(closing, inner);
        var lead = ResponsibilityClauses.LeadPhrase(line, restStart, textLength)
            ?? ResponsibilityClauses.SubjectUnits(line, restStart, textLength);
        return WithUnitsOf(lead is null ? closing : lead with { Scope = closing?.Scope, Deadline = closing?.Deadline }, inner);
    }

    /// <summary>
    /// <paramref name="clause"/> with the units of <paramref name="more"/> added (each name once); scope and deadline
    /// its own, else the first the others state. Line and quote stay those of the first statement naming units.
    /// </summary>
    private static ResponsibilityClause? WithUnitsOf(ResponsibilityClause? clause, IReadOnlyList<ResponsibilityClause> more)
    {
        if (more.Count == 0) return clause;
        List<ResponsibilityClause> all = clause?.Units is null ? [.. more] : [clause, .. more];
        var first = all[0];
        return (clause ?? first) with
        {
            Units = UnitStatement.Union([.. all.Select(c => c.Units!)]),
            Scope = clause?.Scope ?? more.Select(c => c.Scope).FirstOrDefault(s => s is not null),
            Deadline = clause?.Deadline ?? more.Select(c => c.Deadline).FirstOrDefault(d => d is not null),
            Line = first.Line,
            Quote = first.Quote,
        };
    }
}
