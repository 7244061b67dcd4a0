namespace PolicyGraph.Neo4j;

/// <summary>
/// Where and how to reach a Neo4j server over its HTTP Query API. Built once and immutable.
/// <see cref="Uri"/> is the HTTP root (e.g. <c>http://localhost:7474</c>), not a bolt:// address.
/// </summary>
public sealed record Neo4jOptions
{
    public const string SectionName = "Neo4j";

    public required Uri Uri { get; init; }

    public string User { get; init; } = "neo4j";

    public string Password { get; init; } = "";

    public string Database { get; init; } = "neo4j";

    /// <summary>Attempts after the first one for transient errors (Neo.TransientError.*, HTTP 503).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>Delay before the first retry; doubled for each further retry.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The wait before retry number <paramref name="attempt"/> + 1: exponential backoff.</summary>
    public TimeSpan RetryDelay(int attempt) => InitialRetryDelay * Math.Pow(2, attempt);

    /// <summary>Rows sent per request when loading; large enough to amortise HTTP, small enough for one page of JSON.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Whether ImportAsync first applies cypher/schema (constraints and indexes, all IF NOT EXISTS).</summary>
    public bool ApplySchemaOnImport { get; init; } = true;

    /// <summary>
    /// Reads <c>Neo4j:Uri</c>, <c>Neo4j:User</c>, <c>Neo4j:Password</c>, <c>Neo4j:Database</c> through
    /// <paramref name="setting"/> (pass <c>key =&gt; configuration[key]</c> for an IConfiguration), falling back
    /// to the environment variables NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.
    /// Returns null when no URI is configured anywhere.
    /// </summary>
    public static Neo4jOptions? FromSettings(Func<string, string?> setting, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? Read(string key, string variable) =>
            NullIfBlank(setting($"{SectionName}:{key}")) ?? NullIfBlank(environment(variable));

        var uriText = Read("Uri", "NEO4J_URI");
        if (uriText is null) return null;
        if (!System.Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"Neo4j:Uri / NEO4J_URI must be the server's http(s) address such as http://localhost:7474, not '{uriText}'.");
        }
        var defaults = new Neo4jOptions { Uri = uri };
        return defaults with
        {
            User = Read("User", "NEO4J_USER") ?? defaults.User,
            Password = Read("Password", "NEO4J_PASSWORD") ?? defaults.Password,
            Database = Read("Database", "NEO4J_DATABASE") ?? defaults.Database,
        };
    }

    /// <summary>Never shows the password, so options can be logged or printed safely.</summary>
    public override string ToString() =>
        $"Neo4jOptions {{ Uri = {Uri}, User = {User}, Database = {Database}, Password = {(Password.Length == 0 ? "(empty)" : "***")} }}";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
