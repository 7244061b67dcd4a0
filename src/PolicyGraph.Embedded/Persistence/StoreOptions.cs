namespace PolicyGraph.Embedded.Persistence;

/// <summary>How a store directory is opened. Immutable; build one per store.</summary>
public sealed record StoreOptions
{
    public static StoreOptions Writer { get; } = new();

    /// <summary>Read-only, following the writer's commits every second.</summary>
    public static StoreOptions Reader { get; } = new() { ReadOnly = true, PollInterval = TimeSpan.FromSeconds(1) };

    /// <summary>
    /// Open without the writer lock: updating queries are refused, and commits of the process that writes the
    /// directory are picked up by <c>Refresh()</c> (or every <see cref="PollInterval"/>).
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>When the log passes this size after a commit, the graph is written to a snapshot and a new log started.</summary>
    public long CheckpointBytes { get; init; } = 64L << 20;

    /// <summary>For a read-only store: how often to look for new commits; null to look only when asked.</summary>
    public TimeSpan? PollInterval { get; init; }

    /// <summary>
    /// Node summaries written beside every checkpoint's snapshot (<see cref="NodeSummaryFile"/>), so that a process
    /// opening the store reads them instead of decoding every node: by default what the app's search holds
    /// (<see cref="NodeSummaryRequest.Searchable"/>), since the CLI writes the checkpoints the web app then opens.
    /// The process opening a store looks in the file only for these requests: one the writer persisted but the opener
    /// does not list here is read from the graph (correct, but without the file's saving), so writer and readers
    /// should list the same requests.
    /// </summary>
    public IReadOnlyList<Storage.NodeSummaryRequest> PersistedSummaries { get; init; } = [Storage.NodeSummaryRequest.Searchable];

    /// <summary>Wraps every stream the store writes through (fault injection: a size-limited stream stands for a full disk).</summary>
    public Func<Stream, Stream> WriteFilter { get; init; } = static stream => stream;
}

/// <summary>What opening a store found: the commit it opened at, what was replayed, and anything it had to skip.</summary>
public sealed record StoreOpenReport(
    string Directory,
    long Version,
    int Nodes,
    int Relationships,
    long SnapshotGeneration,
    int ReplayedCommits,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed)
{
    /// <summary>Wall and CPU time of each step of opening (reading the snapshot file, building indexes, replaying the log).</summary>
    public IReadOnlyList<StoreOpenPhase> Phases { get; init; } = [];
}

/// <summary>One step of opening a store; CPU time is the whole process's (garbage collection included).</summary>
public sealed record StoreOpenPhase(string Name, TimeSpan Wall, TimeSpan Cpu);

/// <summary>Records <see cref="StoreOpenPhase"/>s: each <see cref="Mark"/> closes the step that ran since the previous one.</summary>
internal sealed class PhaseClock
{
    private readonly System.Diagnostics.Stopwatch _wall = System.Diagnostics.Stopwatch.StartNew();
    private readonly List<StoreOpenPhase> _phases = [];
    private TimeSpan _cpu = CpuNow();

    public IReadOnlyList<StoreOpenPhase> Phases => _phases;

    public void Mark(string name)
    {
        var cpu = CpuNow();
        _phases.Add(new StoreOpenPhase(name, _wall.Elapsed, cpu - _cpu));
        _cpu = cpu;
        _wall.Restart();
    }

    private static TimeSpan CpuNow() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
}
