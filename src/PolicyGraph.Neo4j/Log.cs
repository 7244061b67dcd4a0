using Microsoft.Extensions.Logging;

namespace PolicyGraph.Neo4j;

/// <summary>Every log line the connector writes; event ids are stable. Never logs credentials.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Neo4j request failed with a transient error ({Code}); retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void RetryingTransient(ILogger logger, string code, int attempt, int maxRetries, double delayMs);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information,
        Message = "Loaded {Group} into Neo4j: {Batches} batch(es), {Rows} row(s)")]
    public static partial void GroupLoaded(ILogger logger, string group, int batches, int rows);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error,
        Message = "Loading {Group} into Neo4j failed at batch {Batch}; transaction {TransactionId} rolled back")]
    public static partial void GroupRolledBack(ILogger logger, string group, string batch, string transactionId, Exception error);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning,
        Message = "Rolling back Neo4j transaction {TransactionId} failed; the server drops it when it times out")]
    public static partial void RollbackFailed(ILogger logger, string transactionId, Exception error);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug,
        Message = "Neo4j query ({AccessMode}) returned {Rows} row(s) in {ElapsedMs} ms")]
    public static partial void QueryCompleted(ILogger logger, string accessMode, int rows, double elapsedMs);
}
