namespace PolicyGraph.Neo4j;

/// <summary>
/// A bare word of a query with its position. <see cref="IsKeywordPosition"/> is false where a word can only be
/// a name: after '.', ':' or '$' (property keys, labels, parameters) or before ':' (map keys).
/// </summary>
internal sealed record CypherWord(string Text, int Line, int Column, bool IsKeywordPosition, char NextChar);

/// <summary>Splits Cypher text into words, skipping string literals, comments and backticked names.</summary>
internal static class CypherWords
{
    public static IReadOnlyList<CypherWord> Scan(string text)
    {
        var words = new List<CypherWord>();
        var position = new Cursor(text);
        while (!position.AtEnd)
        {
            var c = position.Current;
            if (c is '\'' or '"' or '`') position.SkipQuoted(c);
            else if (c == '/' && position.Peek(1) == '/') position.SkipLineComment();
            else if (c == '/' && position.Peek(1) == '*') position.SkipBlockComment();
            else if (char.IsLetter(c) || c == '_') words.Add(ReadWord(position));
            else position.Advance();
        }
        return words;
    }

    private static CypherWord ReadWord(Cursor position)
    {
        var (line, column, start) = (position.Line, position.Column, position.Index);
        var before = position.PreviousNonSpace();
        while (!position.AtEnd && (char.IsLetterOrDigit(position.Current) || position.Current == '_')) position.Advance();
        var word = position.Text[start..position.Index];
        var after = position.NextNonSpace();
        var isName = before is '.' or ':' or '$' || after == ':';
        return new CypherWord(word, line, column, !isName, after);
    }

    private sealed class Cursor(string text)
    {
        public string Text { get; } = text;
        public int Index { get; private set; }
        public int Line { get; private set; } = 1;
        public int Column { get; private set; } = 1;
        public bool AtEnd => Index >= Text.Length;
        public char Current => Text[Index];

        public char Peek(int offset) => Index + offset < Text.Length ? Text[Index + offset] : '\0';

        public void Advance()
        {
            if (Text[Index] == '\n') { Line++; Column = 1; }
            else Column++;
            Index++;
        }

        public char PreviousNonSpace()
        {
            for (var i = Index - 1; i >= 0; i--) if (!char.IsWhiteSpace(Text[i])) return Text[i];
            return '\0';
        }

        public char NextNonSpace()
        {
            for (var i = Index; i < Text.Length; i++) if (!char.IsWhiteSpace(Text[i])) return Text[i];
            return '\0';
        }

        public void SkipQuoted(char quote)
        {
            Advance();
            while (!AtEnd && Current != quote)
            {
                if (Current == '\\' && quote != '`') Advance();
                if (!AtEnd) Advance();
            }
            if (!AtEnd) Advance();
        }

        public void SkipLineComment()
        {
            while (!AtEnd && Current != '\n') Advance();
        }

        public void SkipBlockComment()
        {
            Advance();
            Advance();
            while (!AtEnd && !(Current == '*' && Peek(1) == '/')) Advance();
            if (!AtEnd) { Advance(); Advance(); }
        }
    }
}
