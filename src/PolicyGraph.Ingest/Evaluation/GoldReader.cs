using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyGraph.Ingest.Evaluation;

/// <summary>A gold file that is not valid JSON or breaks the format; the message names the file and line.</summary>
public sealed class GoldFormatException(string message) : Exception(message);

/// <summary>Reads gold files (<c>*.gold.json</c>) and checks them against the format before anything is scored.</summary>
public static class GoldReader
{
    public const string Suffix = ".gold.json";

    public static IReadOnlyList<GoldDocument> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The gold folder '{directory}' does not exist.");
        return Directory.EnumerateFiles(directory, "*" + Suffix)
            .Order(StringComparer.Ordinal)
            .Select(ReadFile)
            .ToList();
    }

    public static GoldDocument ReadFile(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Parses one gold file's text; <paramref name="name"/> is used in error messages and to check <c>file</c>.</summary>
    public static GoldDocument Parse(string json, string name)
    {
        JObject root;
        try
        {
            root = JObject.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore });
        }
        catch (JsonReaderException ex)
        {
            throw new GoldFormatException($"{name}:{ex.LineNumber}: not valid JSON: {ex.Message}");
        }
        var document = new GoldDocument(
            RequiredString(root, "file", name),
            OneOf(root, "level", GoldVocabulary.Levels, name),
            RequiredString(root, "jurisdiction", name, allowEmpty: true),
            OptionalString(root, "layout", name) ?? "",
            RequiredArray(root, "items", name).Select(item => ReadItem(item, name)).ToList());
        if (name.EndsWith(Suffix, StringComparison.Ordinal) && name[..^Suffix.Length] != document.File)
            throw Error(root["file"]!, name, $"\"file\" is '{document.File}' but the gold file is named for '{name[..^Suffix.Length]}'");
        return document;
    }

    private static GoldItem ReadItem(JToken token, string name)
    {
        if (token is not JObject item) throw Error(token, name, "an item must be an object");
        var number = item["number"];
        if (number is not { Type: JTokenType.Integer }) throw Error(number ?? item, name, "\"number\" must be an integer");
        return new GoldItem(
            number.Value<int>(),
            OptionalString(item, "section", name),
            OneOf(item, "kind", GoldVocabulary.Kinds, name),
            RequiredString(item, "title", name),
            RequiredArray(item, "units", name).Select(unit => ReadUnit(unit, name)).ToList(),
            OptionalString(item, "scope", name),
            RequiredArray(item, "zones", name).Select(zone => zone.Type == JTokenType.String ? zone.Value<string>()! : throw Error(zone, name, "a zone must be a string")).ToList(),
            OptionalString(item, "novelty", name),
            OptionalString(item, "deadline", name));
    }

    private static GoldUnit ReadUnit(JToken token, string name)
    {
        if (token is not JObject unit) throw Error(token, name, "a unit must be an object");
        var role = OptionalString(unit, "role", name);
        if (role is not null && !GoldVocabulary.Roles.Contains(role))
            throw Error(unit["role"]!, name, $"\"role\" must be null or one of {string.Join(", ", GoldVocabulary.Roles)}, not '{role}'");
        return new GoldUnit(RequiredString(unit, "asWritten", name), RequiredString(unit, "canonical", name), role);
    }

    private static string RequiredString(JObject obj, string key, string name, bool allowEmpty = false)
    {
        var value = OptionalString(obj, key, name) ?? throw Error(obj, name, $"\"{key}\" is required");
        return allowEmpty || value.Length > 0 ? value : throw Error(obj[key]!, name, $"\"{key}\" must not be empty");
    }

    private static string? OptionalString(JObject obj, string key, string name) => obj[key] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.String } value => value.Value<string>(),
        var other => throw Error(other, name, $"\"{key}\" must be a string or null"),
    };

    private static string OneOf(JObject obj, string key, IReadOnlySet<string> allowed, string name)
    {
        var value = RequiredString(obj, key, name);
        return allowed.Contains(value) ? value : throw Error(obj[key]!, name, $"\"{key}\" must be one of {string.Join(", ", allowed)}, not '{value}'");
    }

    private static JArray RequiredArray(JObject obj, string key, string name) =>
        obj[key] as JArray ?? throw Error(obj[key] ?? obj, name, $"\"{key}\" must be an array");

    private static GoldFormatException Error(JToken at, string name, string message)
    {
        var line = at is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
        return new GoldFormatException($"{name}:{line}: {message}.");
    }
}
