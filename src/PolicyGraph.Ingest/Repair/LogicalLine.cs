namespace PolicyGraph.Ingest.Repair;

/// <summary>Where a piece of a logical line came from: text from <see cref="Offset"/> on is on source line <see cref="Line"/>.</summary>
public readonly record struct LineSpan(int Offset, int Line);

/// <summary>
/// One line after repair: physical lines split by page breaks are joined back. <see cref="Text"/> is normalised
/// for parsing (half-width punctuation made full-width and so on) and has exactly the same length as
/// <see cref="Original"/>, so an offset found in one is valid in the other; <see cref="Spans"/> maps offsets back
/// to 1-based source line numbers.
/// </summary>
public sealed record LogicalLine(string Text, string Original, IReadOnlyList<LineSpan> Spans, bool IsMarkdownHeading)
{
    public int Line => Spans[0].Line;

    public int LastLine => Spans[^1].Line;

    public int LineAt(int offset)
    {
        var line = Spans[0].Line;
        foreach (var span in Spans)
        {
            if (span.Offset > offset) break;
            line = span.Line;
        }
        return line;
    }

    /// <summary>The original text of [start, start+length) — what a quote shows.</summary>
    public string Quote(int start, int length) => Original.Substring(start, length);

    public bool IsTableRow => Text.Contains('\t');

    /// <summary>Display width (a CJK character counts 2) of the indentation repair trimmed off the first source line.</summary>
    public int Indent { get; init; }

    /// <summary>The part [start, end) as a line of its own, keeping the mapping to source lines.</summary>
    public LogicalLine Slice(int start, int end)
    {
        var spans = new List<LineSpan> { new(0, LineAt(start)) };
        spans.AddRange(Spans.Where(s => s.Offset > start && s.Offset < end).Select(s => new LineSpan(s.Offset - start, s.Line)));
        return new LogicalLine(Text[start..end], Original[start..end], spans, IsMarkdownHeading) { Indent = start == 0 ? Indent : 0 };
    }
}
