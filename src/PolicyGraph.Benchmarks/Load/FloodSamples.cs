using System.Collections.Concurrent;

namespace PolicyGraph.Benchmarks.Load;

/// <summary>One answered (or unanswered, status 0) request of the flood: its HTTP status and how long it took.</summary>
public readonly record struct RequestSample(int Status, double Milliseconds);

/// <summary>What the flood's clients saw, collected from many tasks at once.</summary>
public sealed class FloodSamples
{
    private readonly ConcurrentQueue<RequestSample> _console = new();
    private readonly ConcurrentQueue<RequestSample> _search = new();
    private readonly ConcurrentQueue<RequestSample> _health = new();
    private int _consoleCutAtEnd;
    private long _maxResidentBytes;

    public void AddConsole(RequestSample sample) => _console.Enqueue(sample);

    public void AddSearch(RequestSample sample) => _search.Enqueue(sample);

    public void AddHealth(RequestSample sample) => _health.Enqueue(sample);

    /// <summary>A console request still running when the flood ended (its client disconnected).</summary>
    public void AddConsoleCutAtEnd() => Interlocked.Increment(ref _consoleCutAtEnd);

    public void AddResident(long bytes)
    {
        var seen = Interlocked.Read(ref _maxResidentBytes);
        while (bytes > seen && Interlocked.CompareExchange(ref _maxResidentBytes, bytes, seen) != seen)
            seen = Interlocked.Read(ref _maxResidentBytes);
    }

    public IReadOnlyList<RequestSample> Console => _console.ToArray();

    public IReadOnlyList<RequestSample> Search => _search.ToArray();

    public IReadOnlyList<RequestSample> Health => _health.ToArray();

    public int ConsoleCutAtEnd => Volatile.Read(ref _consoleCutAtEnd);

    /// <summary>The largest resident size sampled during the flood; 0 when no process was watched.</summary>
    public long MaxResidentBytes => Interlocked.Read(ref _maxResidentBytes);
}
