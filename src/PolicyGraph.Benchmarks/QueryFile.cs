using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyGraph.Benchmarks;

/// <summary>
/// Reads a benchmark query file: statements separated by a line holding only ';', each preceded by
/// <c>// name: …</c> and optionally <c>// params: {json}</c>. Other <c>//</c> lines are comments.
/// </summary>
public static class QueryFile
{
    public static IReadOnlyList<BenchQuery> Load(string path) => Parse(File.ReadAllText(path), path);

    public static IReadOnlyList<BenchQuery> Parse(string text, string fileName)
    {
        var queries = new List<BenchQuery>();
        var pending = new PendingStatement();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == ";") Finish(pending, queries, fileName, i + 1);
            else if (Directive(trimmed, "name") is { } name) pending.SetName(name, i + 1, fileName);
            else if (Directive(trimmed, "params") is { } json) pending.Parameters = ParseParameters(json, fileName, i + 1);
            else if (!trimmed.StartsWith("//", StringComparison.Ordinal)) pending.AddLine(lines[i], i + 1);
        }
        Finish(pending, queries, fileName, lines.Length);
        var duplicate = queries.GroupBy(q => q.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new QueryFileException(fileName, duplicate.Last().Line, $"query name '{duplicate.Key}' is used twice");
        return queries;
    }

    private static string? Directive(string line, string key)
    {
        if (!line.StartsWith("//", StringComparison.Ordinal)) return null;
        var body = line[2..].TrimStart();
        return body.StartsWith(key + ":", StringComparison.Ordinal) ? body[(key.Length + 1)..].Trim() : null;
    }

    private static void Finish(PendingStatement pending, List<BenchQuery> queries, string fileName, int line)
    {
        var cypher = pending.Text.Trim();
        if (cypher.Length == 0 && pending.Name is null)
        {
            pending.Reset();
            return;
        }
        if (pending.Name is null)
            throw new QueryFileException(fileName, pending.FirstLine ?? line, "statement has no '// name:' line before it");
        if (cypher.Length == 0)
            throw new QueryFileException(fileName, pending.NameLine, $"query '{pending.Name}' has no Cypher text");
        queries.Add(new BenchQuery(pending.Name, cypher, pending.Parameters, pending.FirstLine ?? line));
        pending.Reset();
    }

    private static IReadOnlyDictionary<string, object?> ParseParameters(string json, string fileName, int line)
    {
        try
        {
            return JObject.Parse(json).Properties().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal);
        }
        catch (JsonReaderException ex)
        {
            throw new QueryFileException(fileName, line, $"'// params:' is not a JSON object: {ex.Message}");
        }
    }

    /// <summary>JSON values as query parameters: integers as long, other numbers as double.</summary>
    public static object? ToClr(JToken token) => token.Type switch
    {
        JTokenType.Null => null,
        JTokenType.Integer => token.Value<long>(),
        JTokenType.Float => token.Value<double>(),
        JTokenType.Boolean => token.Value<bool>(),
        JTokenType.String => token.Value<string>(),
        JTokenType.Array => token.Select(ToClr).ToList(),
        JTokenType.Object => ((JObject)token).Properties().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
        _ => token.ToString(),
    };

    private sealed class PendingStatement
    {
        private readonly List<string> _lines = [];

        public string? Name { get; private set; }

        public int NameLine { get; private set; }

        public int? FirstLine { get; private set; }

        public IReadOnlyDictionary<string, object?> Parameters { get; set; } = new Dictionary<string, object?>();

        public string Text => string.Join('\n', _lines);

        public void SetName(string name, int line, string fileName)
        {
            if (name.Length == 0) throw new QueryFileException(fileName, line, "'// name:' needs a name");
            if (Name is not null) throw new QueryFileException(fileName, line, $"query '{Name}' is not closed with ';' before '{name}'");
            (Name, NameLine) = (name, line);
        }

        public void AddLine(string line, int number)
        {
            if (line.Trim().Length > 0) FirstLine ??= number;
            if (FirstLine is not null) _lines.Add(line);
        }

        public void Reset()
        {
            _lines.Clear();
            (Name, NameLine, FirstLine) = (null, 0, null);
            Parameters = new Dictionary<string, object?>();
        }
    }
}
