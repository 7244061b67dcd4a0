using PolicyGraph.Core.Querying;

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

    /// <summary>Bytes one uploaded document may take (the upload endpoint's own request limit; PDFs and .docx run larger than API bodies).</summary>
    public long MaxUploadBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Console queries allowed per client address per window.</summary>
    public int ConsolePermitsPerWindow { get; init; } = 120;

    public TimeSpan ConsoleWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Neighbours returned by one expand step; the rest come with "show more".</summary>
    public int NeighbourPageSize { get; init; } = 25;

    public int SearchLimit { get; init; } = 20;

    /// <summary>Rows a console or named query may return before it is cut off.</summary>
    public int MaxRows { get; init; } = 2_000;

    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Bytes of values one query may build (strings, lists, maps, rows held for sorting); the engine enforces it.</summary>
    public long MaxValueBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Bytes one string or list may take (the engine refuses a larger one: RuntimeError.ValueTooLarge).</summary>
    public long MaxSingleValueBytes { get; init; } = QueryOptions.Console.MaxSingleValueBytes!.Value;

    /// <summary>Bytes of result one query may return.</summary>
    public long MaxResultBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Console queries executing at once; 0 means one per processor core.</summary>
    public int ConsoleConcurrency { get; init; }

    /// <summary>
    /// Console queries that may wait for a slot; beyond that the console answers 503 at once. Generous on purpose: a
    /// waiting request costs little, while one refused at once comes straight back and costs a request's work each time.
    /// </summary>
    public int ConsoleQueueLength { get; init; } = 128;

    /// <summary>
    /// How long a console query may wait for a slot before it gets 503. Wait plus <see cref="QueryTimeout"/> bounds
    /// a console request, so keep it under half the timeout.
    /// </summary>
    public TimeSpan ConsoleQueueTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Linux nice value of the console's query threads (0 to 19; 0 keeps the process's priority).</summary>
    public int ConsoleThreadNice { get; init; } = 10;

    /// <summary>
    /// Threads one console or named query may split a large scan across (1 or more). 1 by default: helper threads
    /// come from the thread pool at normal priority, so more would take CPU from request handling, which the
    /// console's own low-priority threads (<see cref="ConsoleThreadNice"/>) are there to protect.
    /// </summary>
    public int QueryWorkers { get; init; } = 1;

    /// <summary>
    /// Resident memory the server should stay under. Above <see cref="MemoryRefuseFraction"/> of it the console
    /// refuses new queries (503); above <see cref="MemoryCancelFraction"/> it stops the running ones.
    /// </summary>
    public long MemoryCeilingBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public double MemoryRefuseFraction { get; init; } = 0.75;

    public double MemoryCancelFraction { get; init; } = 0.9;

    /// <summary>
    /// When a console request is answered at the latest, counted from its arrival: the longest wait for a slot, the
    /// query's timeout and <see cref="ConsoleStopGrace"/>. With the defaults 6.5 s, 1.3× the timeout.
    /// </summary>
    public TimeSpan ConsoleAnswerLimit => ConsoleQueueTimeout + QueryTimeout + ConsoleStopGrace;

    /// <summary>
    /// How long search must go unasked, once prepared at start, before the warm-up search runs (it compiles the search
    /// path off the first person's request). A search asked for before then skips the warm-up, and one asked for during
    /// it stops it: on a small machine both would share the cores.
    /// </summary>
    public TimeSpan SearchWarmUpQuiet { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Time the engine gets past its timeout (and for parsing, which the engine's clock does not count).</summary>
    public TimeSpan ConsoleStopGrace { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The console's slot count with 0 resolved to the core count.</summary>
    public int EffectiveConsoleConcurrency => ConsoleConcurrency > 0 ? ConsoleConcurrency : Environment.ProcessorCount;

    /// <summary>The budget of every query the API runs on the user's behalf: read-only, bounded in time, rows and bytes.</summary>
    public QueryOptions QueryBounds() =>
        new(ReadOnly: true, Timeout: QueryTimeout, MaxRows: MaxRows, MaxValueBytes: MaxValueBytes, MaxResultBytes: MaxResultBytes,
            MaxSingleValueBytes: MaxSingleValueBytes, Workers: QueryWorkers);
}
