using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Http;
using PolicyGraph.Neo4j.Loading;

namespace PolicyGraph.Neo4j;

public sealed partial class Neo4jGraphBackend
{
    /// <summary>
    /// Applies the schema (constraints and indexes, all IF NOT EXISTS), then loads the shared nodes, each source
    /// document and finally the cross-document links, each in one explicit transaction of batched upserts.
    /// A failing batch rolls its whole document back; the exception names the document and the batch.
    /// Loading the same graph twice changes nothing.
    /// </summary>
    public async Task ImportAsync(PropertyGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (Options.ApplySchemaOnImport) await ApplySchemaAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in DocumentPartitioner.Partition(graph))
        {
            var batches = _loader.CreateBatches(group, graph);
            await LoadGroupWithRetriesAsync(group, batches, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the statements of <c>cypher/schema</c>; each is idempotent.</summary>
    public async Task ApplySchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in SchemaScripts.Statements())
            await RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task LoadGroupWithRetriesAsync(LoadGroup group, IReadOnlyList<LoadBatch> batches, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await LoadGroupAsync(group, batches, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (CypherException error) when (error.IsTransient && attempt < Options.MaxRetries)
            {
                var delay = Options.RetryDelay(attempt);
                Log.RetryingTransient(_logger, error.StatusCode ?? error.Detail, attempt + 1, Options.MaxRetries, delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task LoadGroupAsync(LoadGroup group, IReadOnlyList<LoadBatch> batches, CancellationToken cancellationToken)
    {
        Neo4jTransaction? transaction = null;
        var step = "opening the transaction";
        try
        {
            foreach (var batch in batches)
            {
                step = batch.Describe(batches.Count);
                if (transaction is null)
                    (transaction, _) = await Neo4jTransaction.BeginAsync(_client, batch.Script.Statement, batch.Parameters, cancellationToken).ConfigureAwait(false);
                else
                    await transaction.RunAsync(batch.Script.Statement, batch.Parameters, cancellationToken).ConfigureAwait(false);
            }
            step = "commit";
            if (transaction is not null) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            Log.GroupLoaded(_logger, group.Name, batches.Count, batches.Sum(b => b.Rows.Count));
        }
        catch (Exception error) when (error is CypherException or OperationCanceledException)
        {
            if (transaction is not null) await RollBackQuietlyAsync(transaction).ConfigureAwait(false);
            Log.GroupRolledBack(_logger, group.Name, step, transaction?.Id ?? "(none)", error);
            if (error is not CypherException cypher) throw;
            throw new CypherException(cypher.Category, cypher.Detail, cypher.Phase,
                $"Loading {group.Name} into Neo4j failed at {step}; its transaction was rolled back. {cypher.Message}",
                cypher.Line, cypher.Column, cypher.StatusCode, cypher.IsTransient, cypher);
        }
    }

    // The load already failed; a failed rollback is logged, not thrown, so the caller sees the original error.
    // The server discards the transaction itself when its idle timeout passes.
    private async Task RollBackQuietlyAsync(Neo4jTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (CypherException error)
        {
            Log.RollbackFailed(_logger, transaction.Id, error);
        }
    }
}
