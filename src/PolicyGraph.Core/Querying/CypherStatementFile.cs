namespace PolicyGraph.Core.Querying;

/// <summary>A <c>//</c> comment line of a statement file: its 1-based line number and the text after the slashes, trimmed.</summary>
public readonly record struct CypherComment(int Line, string Text);

/// <summary>
/// One statement of a <c>.cypher</c> file. <see cref="Header"/>: the comment lines right before it (where files put
/// names, parameters and titles); <see cref="Cypher"/>: the text from the first line after the header up to the
/// closing <c>;</c> line, trimmed, comment lines included (Cypher reads them as comments), empty when it holds only
/// comments; <see cref="Line"/>: the first line of that text (0 when it is empty); <see cref="Comments"/>: every
/// comment line, header first.
/// </summary>
public sealed record CypherStatement(IReadOnlyList<CypherComment> Header, string Cypher, int Line, IReadOnlyList<CypherComment> Comments);

/// <summary>
/// The one reading of the project's <c>.cypher</c> statement files (the web's views, the benchmark's queries, the
/// fuzzer's seeds): statements end at a line holding only <c>;</c> (the last may omit it); in each, blank lines
/// before it are skipped, then consecutive <c>//</c> lines form its header, and the first other line — a blank line
/// too — starts its Cypher. A statement with neither header nor text (blank lines around a <c>;</c>) is not one.
/// Reading never fails: what a header must hold is for each kind of file to say, naming file and line. Not read here:
/// the Neo4j load scripts (<c>cypher/load</c>), one statement each closed by a ';' on its last line (<c>LoadScript</c>).
/// </summary>
public static class CypherStatementFile
{
    public static IReadOnlyList<CypherStatement> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var statements = new List<CypherStatement>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Trim() != ";")
                continue;
            if (Statement(lines, start, i) is { } statement)
                statements.Add(statement);
            start = i + 1;
        }
        return statements;
    }

    /// <summary>The statement of lines [<paramref name="from"/>, <paramref name="to"/>), or null when they hold nothing.</summary>
    private static CypherStatement? Statement(string[] lines, int from, int to)
    {
        var at = from;
        while (at < to && lines[at].Trim().Length == 0)
            at++;
        var header = new List<CypherComment>();
        for (; at < to && IsComment(lines[at]); at++)
            header.Add(Comment(lines, at));
        var body = lines[at..to];
        // A body of comment lines alone holds no Cypher: its text is empty and its line 0, as for a blank body.
        var holdsCypher = body.Any(line => line.Trim().Length > 0 && !IsComment(line));
        var first = holdsCypher ? Array.FindIndex(body, line => line.Trim().Length > 0) : -1;
        var cypher = holdsCypher ? string.Join('\n', body).Trim() : "";
        var comments = header.Concat(Enumerable.Range(at, to - at).Where(i => IsComment(lines[i])).Select(i => Comment(lines, i))).ToArray();
        if (header.Count == 0 && comments.Length == 0 && cypher.Length == 0)
            return null;
        return new CypherStatement(header, cypher, first < 0 ? 0 : at + first + 1, comments);
    }

    private static bool IsComment(string line) => line.TrimStart().StartsWith("//", StringComparison.Ordinal);

    private static CypherComment Comment(string[] lines, int index) => new(index + 1, lines[index].TrimStart()[2..].Trim());
}
