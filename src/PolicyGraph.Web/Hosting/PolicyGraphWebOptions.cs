namespace PolicyGraph.Web.Hosting;

/// <summary>Settings of the web app, bound from the "PolicyGraph:Web" configuration section.</summary>
public sealed record PolicyGraphWebOptions
{
    public const string SectionName = "PolicyGraph:Web";

    /// <summary>Folder of policy documents loaded at start-up (relative paths resolve against the content root).</summary>
    public string SeedDirectory { get; init; } = "../../seeds/documents";

    /// <summary>Gazetteer folder (agencies.tsv, departments.tsv, zones.tsv) the extractor resolves names with.</summary>
    public string ReferenceDirectory { get; init; } = "../../seeds/reference";

    /// <summary>Folder of named queries (*.cypher files with a header comment).</summary>
    public string QueryDirectory { get; init; } = "../../cypher/queries";

    /// <summary>Longest Cypher text the console accepts, in characters.</summary>
    public int MaxQueryLength { get; init; } = 8_000;

    /// <summary>Largest request body the API reads, in bytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Console queries allowed per client address per window.</summary>
    public int ConsolePermitsPerWindow { get; init; } = 120;

    public TimeSpan ConsoleWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Neighbours returned by one expand step; the rest come with "show more".</summary>
    public int NeighbourPageSize { get; init; } = 25;

    public int SearchLimit { get; init; } = 20;

    /// <summary>Rows a console or named query may return before it is cut off.</summary>
    public int MaxRows { get; init; } = 2_000;

    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
