using System.Diagnostics;

namespace PolicyGraph.Ingest;

/// <summary>The pipeline stages a <see cref="StageClock"/> charges time to, in pipeline order.</summary>
public static class IngestStages
{
    public const string Read = "read";
    public const string Repair = "repair";
    public const string Metadata = "metadata";
    public const string Structure = "headings, items and clauses";
    public const string Tables = "tables";
    public const string Items = "item kinds, pairing and keys";
    public const string References = "citations and totals";
    public const string Graph = "graph: nodes, edges, provenance";
    public const string Resolution = "name resolution";
    public const string Mentions = "mentions";
    public const string Similarity = "similarity";
    public const string Finish = "graph: finish";

    private static readonly string[] Order = [Read, Repair, Metadata, Structure, Tables, Items, References, Graph, Resolution, Mentions, Similarity, Finish];

    public static IReadOnlyList<string> InOrder => Order;

    /// <summary>The stage's place in the pipeline; stages not listed come last.</summary>
    public static int Rank(string stage) => Array.IndexOf(Order, stage) is var i and >= 0 ? i : Order.Length;
}

/// <summary>Time and managed allocation charged to one stage, over all documents of a load.</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed, long AllocatedBytes, int Calls);

/// <summary>
/// Charges the time and allocation of a load to pipeline stages, for <c>bench-ingest --stages</c>. Stages nest
/// (name resolution runs inside graph building); each moment is charged to the innermost open stage only, so the
/// stages add up to the whole. One thread only, as a load runs on one.
/// </summary>
public sealed class StageClock
{
    private readonly Dictionary<string, (long Ticks, long Bytes, int Calls)> _totals = new(StringComparer.Ordinal);
    private readonly Stack<string> _open = new();
    private long _markTicks;
    private long _markBytes;

    /// <summary>Opens <paramref name="stage"/> until the returned lap is disposed.</summary>
    public Lap Time(string stage)
    {
        Charge();
        _open.Push(stage);
        var (ticks, bytes, calls) = _totals.GetValueOrDefault(stage);
        _totals[stage] = (ticks, bytes, calls + 1);
        return new Lap(this);
    }

    /// <summary>Stages that were timed, in <see cref="IngestStages.InOrder"/> order, others after them.</summary>
    public IReadOnlyList<StageTime> Times =>
        _totals.OrderBy(t => IngestStages.Rank(t.Key))
            .Select(t => new StageTime(t.Key, Stopwatch.GetElapsedTime(0, t.Value.Ticks), t.Value.Bytes, t.Value.Calls))
            .ToList();

    private void Close()
    {
        Charge();
        _open.Pop();
    }

    private void Charge()
    {
        var ticks = Stopwatch.GetTimestamp();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        if (_open.TryPeek(out var stage))
        {
            var (t, b, calls) = _totals[stage];
            _totals[stage] = (t + ticks - _markTicks, b + bytes - _markBytes, calls);
        }
        (_markTicks, _markBytes) = (ticks, bytes);
    }

    /// <summary>An open stage; disposing it closes the stage.</summary>
    public readonly struct Lap(StageClock clock) : IDisposable
    {
        public void Dispose() => clock.Close();
    }
}
