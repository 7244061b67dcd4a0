using System.Net;

namespace PolicyGraph.Benchmarks.Load;

/// <summary>
/// A console flood against a local PolicyGraph web server: <see cref="Connections"/> clients send
/// <see cref="ConsoleQuery"/> back to back for <see cref="Duration"/> while <see cref="SearchConnections"/> clients
/// search and one probe asks /health every <see cref="HealthInterval"/>. Loopback only, bounded in count and time.
/// </summary>
public sealed record FloodOptions
{
    public const int MaxConnections = 512;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(10);

    public required Uri BaseAddress { get; init; }

    public int Connections { get; init; } = 64;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>An explosive query the engine already stops at its timeout (a three-way cartesian product).</summary>
    public string ConsoleQuery { get; init; } = "MATCH (a), (b), (c) RETURN count(*)";

    public int SearchConnections { get; init; } = 16;

    /// <summary>Text for /api/search; any common character of agency names does.</summary>
    public string SearchText { get; init; } = "局";

    public TimeSpan HealthInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The server's console timeout, to judge "ends within 1.5× its timeout".</summary>
    public TimeSpan ConsoleTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The server's process id, to read its resident memory from /proc; null skips memory figures.</summary>
    public int? ServerProcessId { get; init; }

    public long MemoryCeilingBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>How long to wait for the console to answer again after the flood before giving up.</summary>
    public TimeSpan RecoveryLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (!IsLoopback(BaseAddress))
            throw new ArgumentException($"The flood runs against a local server only; {BaseAddress} is not a loopback address.");
        if (Connections is < 1 or > MaxConnections)
            throw new ArgumentException($"Connections must be between 1 and {MaxConnections}, not {Connections}.");
        if (SearchConnections is < 0 or > 64)
            throw new ArgumentException($"Search connections must be between 0 and 64, not {SearchConnections}.");
        if (Duration <= TimeSpan.Zero || Duration > MaxDuration)
            throw new ArgumentException($"The duration must be more than 0 and at most {MaxDuration.TotalMinutes:0} minutes, not {Duration}.");
        if (HealthInterval < TimeSpan.FromMilliseconds(1) || ConsoleTimeout <= TimeSpan.Zero || RecoveryLimit <= TimeSpan.Zero)
            throw new ArgumentException("The health interval, console timeout and recovery limit must be positive.");
        if (string.IsNullOrWhiteSpace(ConsoleQuery) || string.IsNullOrWhiteSpace(SearchText))
            throw new ArgumentException("The console query and the search text must not be empty.");
    }

    public static bool IsLoopback(Uri address) =>
        address.IsAbsoluteUri && address.Scheme is "http" or "https"
        && (address.IsLoopback || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
