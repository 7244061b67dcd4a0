namespace PolicyGraph.Web;

/// <summary>The web app's log messages, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Loaded {Nodes} nodes and {Relationships} relationships into the {Backend} backend from {Directory} in {ElapsedMs} ms")]
    public static partial void GraphLoaded(ILogger logger, int nodes, int relationships, string backend, string directory, long elapsedMs);

    // The level comes from the loader's own severity: info notes must not read as warnings at start-up.
    [LoggerMessage(EventId = 1002, Message = "Loader: {Diagnostic}")]
    public static partial void LoaderDiagnostic(ILogger logger, LogLevel level, string diagnostic);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Named queries: {Count} loaded from {Directory}")]
    public static partial void QueriesLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information,
        Message = "Console query failed at {Position}: {Category}.{Detail}")]
    public static partial void ConsoleQueryFailed(ILogger logger, string position, string category, string detail);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Saved view left out: {Problem}")]
    public static partial void SavedViewUnreadable(ILogger logger, string problem);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Search ready: {Count} full-text indexes and the searchable names built in {ElapsedMs} ms")]
    public static partial void SearchPrepared(ILogger logger, int count, long elapsedMs);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Full-text index file not used: {Problem}")]
    public static partial void FullTextIndexFileNotUsed(ILogger logger, string problem);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Search not prepared at start; the first search builds what it needs")]
    public static partial void SearchNotPrepared(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Start-up step {Step}: {WallMs} ms wall, {CpuMs} ms CPU (process)")]
    public static partial void StartupStep(ILogger logger, string step, long wallMs, long cpuMs);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning,
        Message = "Document left out of the documents list (provenance cannot resolve it): id {Id}, sourceFile {SourceFile}")]
    public static partial void DocumentLeftOut(ILogger logger, string id, string sourceFile);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Node summary file not used: {Problem}")]
    public static partial void NodeSummaryFileNotUsed(ILogger logger, string problem);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Search warm-up failed; search is prepared, the first search compiles its own path")]
    public static partial void SearchWarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "Search warm-up not run to its end: a search came first and compiles the search path itself")]
    public static partial void SearchWarmUpLeftToSearch(ILogger logger);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information,
        Message = "Started: {CpuMs} ms CPU (process), {MethodsJitted} methods jitted in {JitMs} ms, {Assemblies} assemblies loaded, {AllocatedMb} MB allocated, " +
            "collections (gen0/1/2) {Collections}, {GcPauseMs} ms paused by the GC, {ResidentMb} MB resident")]
    public static partial void Started(ILogger logger, long cpuMs, long methodsJitted, long jitMs, int assemblies, long allocatedMb, string collections,
        long gcPauseMs, long residentMb);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "View laid out: {Nodes} nodes, {Edges} edges in {Milliseconds} ms")]
    public static partial void ViewLaidOut(ILogger logger, int nodes, int edges, long milliseconds);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Layout failed; the view is served without positions until a new layout succeeds")]
    public static partial void LayoutFailed(ILogger logger, Exception error);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "The whole graph could not be laid out in the background; /api/graph lays it out on request")]
    public static partial void WholeGraphNotPrepared(ILogger logger, Exception error);
}
