using System.Globalization;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Web.Queries;

/// <summary>The query folder holds a file the app cannot use; the message names file and line.</summary>
public sealed class QueryFileException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}

/// <summary>
/// Reads a named query file: one statement (<see cref="CypherStatementFile"/>) whose header holds <c>// @key value</c>
/// comment lines, then the Cypher text.
/// Keys: @title (Chinese | English), @answers (English), @answers-zh, @param name type [= default|null] description,
/// @link sourceColumn -> targetColumn label [weightColumn].
/// </summary>
public static class QueryFileParser
{
    public static NamedQuery Parse(string name, string file, string text)
    {
        var statements = CypherStatementFile.Parse(text);
        if (statements.Count > 1)
            throw new QueryFileException(file, statements[1].Comments.Select(c => c.Line).Append(statements[1].Line).First(),
                "a second statement: a line holding only ';' ends the statement, and a query file holds one");
        var header = new Header();
        var statement = statements.SingleOrDefault();
        foreach (var comment in statement?.Header ?? [])
        {
            if (comment.Text.StartsWith('@'))
                header.Apply(comment.Text, file, comment.Line);
        }
        if (statement is null || statement.Cypher.Length == 0)
            throw new QueryFileException(file, text.Split('\n').Length, "no Cypher text after the header");
        if (header.TitleZh is null || header.Answers is null)
            throw new QueryFileException(file, 1, "the header needs '// @title 中文 | English' and '// @answers ...'");
        return new NamedQuery(name, header.TitleZh, header.TitleEn ?? header.TitleZh, header.Answers,
            header.AnswersZh ?? header.Answers, header.Parameters, header.Links, statement.Cypher, file);
    }

    private sealed class Header
    {
        public string? TitleZh { get; private set; }
        public string? TitleEn { get; private set; }
        public string? Answers { get; private set; }
        public string? AnswersZh { get; private set; }
        public List<QueryParameter> Parameters { get; } = [];
        public List<QueryLink> Links { get; } = [];

        public void Apply(string content, string file, int line)
        {
            var space = content.IndexOf(' ');
            var key = space < 0 ? content : content[..space];
            var value = space < 0 ? "" : content[(space + 1)..].Trim();
            switch (key)
            {
                case "@title":
                    var parts = value.Split('|', 2, StringSplitOptions.TrimEntries);
                    (TitleZh, TitleEn) = (parts[0], parts.Length > 1 ? parts[1] : null);
                    break;
                case "@answers":
                    Answers = Answers is null ? value : $"{Answers} {value}";
                    break;
                case "@answers-zh":
                    AnswersZh = AnswersZh is null ? value : AnswersZh + value;
                    break;
                case "@param":
                    Parameters.Add(ParseParameter(value, file, line));
                    break;
                case "@link":
                    Links.Add(ParseLink(value, file, line));
                    break;
                default:
                    throw new QueryFileException(file, line, $"unknown header key '{key}', expected @title, @answers, @answers-zh, @param or @link");
            }
        }
    }

    private static QueryParameter ParseParameter(string value, string file, int line)
    {
        var words = value.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
            throw new QueryFileException(file, line, "expected '@param name type [= default] description'");
        var type = ParameterTypeWords.Parse(words[1])
            ?? throw new QueryFileException(file, line, $"unknown parameter type '{words[1]}', expected string, int, float or bool");
        var rest = words.Length > 2 ? words[2] : "";
        object? defaultValue = null;
        var required = !rest.StartsWith('=');
        if (!required)
        {
            var after = rest[1..].TrimStart();
            var end = after.IndexOf(' ');
            var literal = end < 0 ? after : after[..end];
            rest = end < 0 ? "" : after[end..].Trim();
            defaultValue = literal == "null" ? null : ParameterValues.Convert(literal, type)
                ?? throw new QueryFileException(file, line, $"default '{literal}' is not a valid {words[1]}");
        }
        return new QueryParameter(words[0], type, required, defaultValue, rest);
    }

    private static QueryLink ParseLink(string value, string file, int line)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || words[1] != "->")
            throw new QueryFileException(file, line, "expected '@link sourceColumn -> targetColumn label [weightColumn]'");
        return new QueryLink(words[0], words[2], words[3], words.Length > 4 ? words[4] : null);
    }
}

/// <summary>The words a header names parameter types with.</summary>
public static class ParameterTypeWords
{
    public static string Word(ParameterType type) => type switch
    {
        ParameterType.String => "string",
        ParameterType.Integer => "int",
        ParameterType.Float => "float",
        ParameterType.Boolean => "bool",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown parameter type"),
    };

    /// <summary>The type a word names, or null.</summary>
    public static ParameterType? Parse(string word) =>
        Enum.GetValues<ParameterType>().Select(t => (ParameterType?)t).FirstOrDefault(t => Word(t!.Value) == word);
}

/// <summary>Converts parameter text (query string, header default) to the declared type.</summary>
public static class ParameterValues
{
    /// <summary>The typed value, or null when the text is not a valid value of the type.</summary>
    public static object? Convert(string text, ParameterType type) => type switch
    {
        ParameterType.String => text,
        ParameterType.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
        ParameterType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        ParameterType.Boolean => bool.TryParse(text, out var b) ? b : null,
        _ => null,
    };
}
