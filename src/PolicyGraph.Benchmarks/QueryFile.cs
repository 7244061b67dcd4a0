using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Benchmarks;

/// <summary>
/// Reads a benchmark query file: statements (<see cref="CypherStatementFile"/>) each preceded by
/// <c>// name: …</c> and optionally <c>// params: {json}</c>. Other <c>//</c> lines are comments.
/// </summary>
public static class QueryFile
{
    public static IReadOnlyList<BenchQuery> Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// The queries named in <paramref name="names"/> (comma-separated), in file order; all of them when null. A name
    /// the file does not have is an error naming the file.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Only(IReadOnlyList<BenchQuery> queries, string? names, string fileName)
    {
        if (names is null) return queries;
        var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(name => queries.All(q => q.Name != name)).ToList();
        if (wanted.Count == 0 || unknown.Count > 0)
            throw new ArgumentException(
                $"{fileName} has no query named {string.Join(", ", unknown.Select(n => $"'{n}'").DefaultIfEmpty("''"))}; its queries: {string.Join(", ", queries.Select(q => q.Name))}.");
        return queries.Where(q => wanted.Contains(q.Name)).ToList();
    }

    public static IReadOnlyList<BenchQuery> Parse(string text, string fileName)
    {
        var queries = new List<BenchQuery>();
        foreach (var statement in CypherStatementFile.Parse(text))
        {
            if (Query(statement, fileName) is { } query)
                queries.Add(query);
        }
        var duplicate = queries.GroupBy(q => q.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new QueryFileException(fileName, duplicate.Last().Line, $"query name '{duplicate.Key}' is used twice");
        return queries;
    }

    /// <summary>The statement as a named query; null for a statement of comments only.</summary>
    private static BenchQuery? Query(CypherStatement statement, string fileName)
    {
        string? name = null;
        var nameLine = 0;
        IReadOnlyDictionary<string, object?> parameters = new Dictionary<string, object?>();
        foreach (var comment in statement.Comments)
        {
            if (Directive(comment.Text, "name") is { } named)
            {
                if (named.Length == 0) throw new QueryFileException(fileName, comment.Line, "'// name:' needs a name");
                if (name is not null) throw new QueryFileException(fileName, comment.Line, $"query '{name}' is not closed with ';' before '{named}'");
                (name, nameLine) = (named, comment.Line);
            }
            else if (Directive(comment.Text, "params") is { } json)
            {
                parameters = ParseParameters(json, fileName, comment.Line);
            }
        }
        if (name is null && statement.Line == 0) return null;
        if (name is null) throw new QueryFileException(fileName, statement.Line, "statement has no '// name:' line before it");
        if (statement.Line == 0) throw new QueryFileException(fileName, nameLine, $"query '{name}' has no Cypher text");
        return new BenchQuery(name, statement.Cypher, parameters, statement.Line);
    }

    private static string? Directive(string comment, string key) =>
        comment.StartsWith(key + ":", StringComparison.Ordinal) ? comment[(key.Length + 1)..].Trim() : null;

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
}
