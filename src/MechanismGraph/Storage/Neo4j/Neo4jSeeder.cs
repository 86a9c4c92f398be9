using MechanismGraph.Graph;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// Writes a validated graph into Neo4j: constraints and indexes first, then every item with UNWIND
/// batches and MERGE inside one explicit transaction — all or nothing, and idempotent (an unchanged
/// item writes nothing, so a second run reports no updates).
/// </summary>
public sealed class Neo4jSeeder(Neo4jGraphStore store)
{
    /// <summary>Rows sent per UNWIND statement (500): small enough for one HTTP request, large enough to be fast.</summary>
    public const int BatchSize = 500;

    private static readonly string[] SchemaStatements =
        ["schema-entity-id", "schema-document-id", "schema-predicate-id", "schema-kind-id", "schema-relates-id", "schema-relates-predicate"];

    /// <summary>How many times the whole transaction is tried when Neo4j is briefly unavailable (3).</summary>
    public const int MaxAttempts = 3;

    public async Task<SeedReport> SeedAsync(KnowledgeGraph graph, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var client = store.Client;
        // Schema commands cannot share a transaction with writes; each is idempotent (IF NOT EXISTS).
        var schema = QueryCounters.None;
        foreach (var name in SchemaStatements)
            schema += (await Guard(() => client.RunAsync(Neo4jStatements.Get(name), null, cancellationToken))).Counters ?? QueryCounters.None;

        // Batches are built as they are sent: at millions of relations, all rows at once would not fit in memory.
        var batches = Batches(graph);
        var total = graph.Kinds.Count + graph.Predicates.Count + graph.Documents.Count + graph.Entities.Count + graph.Relations.Count;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var counters = await WriteAllAsync(client, batches, total, progress, cancellationToken);
                return new SeedReport(graph.Kinds.Count, graph.Predicates.Count, graph.Entities.Count, graph.Documents.Count, graph.Relations.Count,
                    schema.IndexesAdded + schema.ConstraintsAdded, counters.NodesCreated, counters.RelationshipsCreated, counters.PropertiesSet, counters.ContainsUpdates);
            }
            catch (Neo4jUnavailableException) when (attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken); // the transaction rolled back: start it again
            }
            catch (Neo4jException e) when (e.Kind is Neo4jErrorKind.Unavailable or Neo4jErrorKind.Authentication)
            {
                throw new StoreUnavailableException(e.Message, e);
            }
        }
    }

    private static async Task<QueryCounters> WriteAllAsync(
        Neo4jQueryClient client, IEnumerable<Batch> batches, int total, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await client.BeginAsync(cancellationToken);
        var counters = QueryCounters.None;
        var done = 0;
        foreach (var batch in batches)
        {
            var result = await transaction.RunAsync(Neo4jStatements.Get(batch.Statement), new Dictionary<string, object?> { ["rows"] = batch.Rows }, cancellationToken);
            counters += result.Counters ?? QueryCounters.None;
            done += batch.Rows.Count;
            progress?.Report(new SeedProgress(batch.What, done, total));
        }
        counters += (await transaction.CommitAsync(cancellationToken)).Counters ?? QueryCounters.None;
        return counters;
    }

    private static async Task<QueryResult> Guard(Func<Task<QueryResult>> run)
    {
        try { return await run(); }
        catch (Neo4jException e) when (e.Kind is Neo4jErrorKind.Unavailable or Neo4jErrorKind.Authentication)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
    }

    private sealed record Batch(string What, string Statement, IReadOnlyList<Dictionary<string, object?>> Rows);

    // Entities before relations: a relation's MERGE matches its two ends.
    private static IEnumerable<Batch> Batches(KnowledgeGraph graph) =>
        Chunk("kinds", "seed-kinds", graph.Kinds.Select(k => Neo4jRecords.Row(k.Id, Neo4jRecords.Props(k))))
            .Concat(Chunk("predicates", "seed-predicates", graph.Predicates.Select(p => Neo4jRecords.Row(p.Id, Neo4jRecords.Props(p)))))
            .Concat(Chunk("documents", "seed-documents", graph.Documents.Select(d => Neo4jRecords.Row(d.Id, Neo4jRecords.Props(d)))))
            .Concat(Chunk("entities", "seed-entities", graph.Entities.Select(e => Neo4jRecords.Row(e.Id, Neo4jRecords.Props(e)))))
            .Concat(Chunk("relations", "seed-relations", graph.Relations.Select(r =>
                Neo4jRecords.Row(r.Id, Neo4jRecords.Props(r), ("subject", r.SubjectId), ("object", r.ObjectId)))));

    private static IEnumerable<Batch> Chunk(string what, string statement, IEnumerable<Dictionary<string, object?>> rows) =>
        rows.Chunk(BatchSize).Select(chunk => new Batch(what, statement, chunk));
}
