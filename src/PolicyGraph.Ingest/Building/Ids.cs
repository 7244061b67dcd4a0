using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Building;

/// <summary>The id scheme of the graph contract (cypher/README.md): deterministic, so the same input gives the same ids.</summary>
public static partial class Ids
{
    public static string Document(string documentKey) => $"document:{documentKey}";

    public static string CitedDocument(string key) => $"doc:cited:{NormaliseKey(key)}";

    public static string Section(string documentKey, string path) => $"section:{documentKey}:{path}";

    public static string Measure(string documentKey, int index) => $"measure:{documentKey}:{index}";

    public static string Requirement(string documentKey, int index) => $"requirement:{documentKey}:{index}";

    public static string Batch(string scope, int number) => $"batch:{scope}:{number}";

    /// <summary>An agency by its canonical name, registered or not (an unlisted one's name is as the document writes it).</summary>
    public static string Agency(string name) => AgencyPrefix + name;

    /// <summary>A zone by its canonical name, listed or not (an unlisted one's name is as the document writes it).</summary>
    public static string Zone(string name) => ZonePrefix + name;

    public const string AgencyPrefix = "agency:";

    public const string ZonePrefix = "zone:";

    /// <summary>Spaces and quotation marks removed, brackets made uniform: 《…》 titles differ only in such details.</summary>
    public static string NormaliseKey(string key) => Noise().Replace(key, "").Replace('〈', '《').Replace('〉', '》');

    [GeneratedRegex(@"[\s“”""'‘’]")]
    private static partial Regex Noise();
}
