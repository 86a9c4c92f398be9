using MechanismGraph.Graph;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// The generation statements: open one for writing, find the interrupted one, flip the active one, remove old ones in
/// batches. Each is one auto-commit transaction; the flip is the only one queries can notice.
/// </summary>
internal sealed class Neo4jGenerations(Neo4jQueryClient client)
{
    public async Task<IReadOnlyList<Neo4jGeneration>> ListAsync(CancellationToken cancellationToken) =>
        (await client.RunAsync(Neo4jStatements.Get("generation-list"), null, Neo4jAccessMode.Read, cancellationToken)).Rows
            .Select(r => new Neo4jGeneration(r.Get<long>("number"), r.Get<string>("state"), r.Get<string?>("fingerprint"))).ToArray();

    /// <summary>Opens the next generation. Sent once: a lost answer leaves at most an empty generation, discarded by the next import.</summary>
    public async Task<long> BeginAsync(string fingerprint, CancellationToken cancellationToken)
    {
        var rows = (await client.RunAsync(Neo4jStatements.Get("generation-begin"), new Dictionary<string, object?> { ["fingerprint"] = fingerprint }, cancellationToken)).Rows;
        return rows is [var row] ? row.Get<long>("generation") : throw new Neo4jProtocolException($"Neo4j at {client.Endpoint} opened no generation: generation-begin returned {rows.Count} rows.");
    }

    /// <summary>Makes <paramref name="generation"/> the one queries read, in one transaction, if it holds exactly <paramref name="graph"/>'s items.</summary>
    public async Task<IReadOnlyList<long>> ActivateAsync(long generation, KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        // Sent once (not retried): after a lost answer the flip may have happened, and a retry would find nothing to flip.
        var result = await client.RunAsync(Neo4jStatements.Get("generation-activate"), new Dictionary<string, object?>
        {
            ["generation"] = generation,
            ["kinds"] = (long)graph.Kinds.Count, ["predicates"] = (long)graph.Predicates.Count, ["documents"] = (long)graph.Documents.Count,
            ["entities"] = (long)graph.Entities.Count, ["relations"] = (long)graph.Relations.Count,
        }, cancellationToken);
        if (result.Rows is not [var row])
            throw new Neo4jQueryException(
                $"Neo4j at {client.Endpoint} did not activate generation {generation}: it is not being written, or it holds other items than this import sent (was it resumed with different input?). Import again without --resume to discard it.",
                null);
        return row.GetList<long>("retired");
    }

    /// <summary>Removes a generation that is not active, <paramref name="batchSize"/> items per transaction; returns how many it deleted.</summary>
    public async Task<long> RemoveAsync(long generation, int batchSize, CancellationToken cancellationToken)
    {
        var removed = 0L;
        foreach (var statement in new[] { "generation-remove-relations", "generation-remove-nodes" })
        {
            long deleted;
            do
            {
                var rows = (await client.RunIdempotentAsync(Neo4jStatements.Get(statement),
                    new Dictionary<string, object?> { ["generation"] = generation, ["limit"] = (long)batchSize }, cancellationToken)).Rows;
                deleted = rows is [var row] ? row.Get<long>("deleted") : 0;
                removed += deleted;
            }
            while (deleted >= batchSize);
        }
        await client.RunIdempotentAsync(Neo4jStatements.Get("generation-forget"), new Dictionary<string, object?> { ["generation"] = generation }, cancellationToken);
        return removed;
    }
}
