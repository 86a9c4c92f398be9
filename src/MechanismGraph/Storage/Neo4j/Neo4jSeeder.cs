using MechanismGraph.Graph;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// Writes a validated graph into Neo4j: constraints and indexes first, then every item with UNWIND
/// batches and MERGE inside one explicit transaction — all or nothing, and idempotent (an unchanged
/// item writes nothing, so a second run reports no updates). A transient fault rolls the transaction
/// back and the client's one retry policy runs it again.
/// </summary>
public sealed class Neo4jSeeder : IGraphSeeder
{
    /// <summary>Rows sent per UNWIND statement (500): small enough for one HTTP request, large enough to be fast.</summary>
    public const int BatchSize = 500;

    private static readonly string[] SchemaStatements =
        ["schema-entity-id", "schema-document-id", "schema-predicate-id", "schema-kind-id", "schema-relates-id", "schema-relates-predicate"];

    private readonly Neo4jQueryClient _client;

    /// <param name="http">Used as is and not disposed.</param>
    public Neo4jSeeder(HttpClient http, Neo4jConnectionOptions options) : this(new Neo4jQueryClient(http, options)) { }

    internal Neo4jSeeder(Neo4jQueryClient client) => _client = client;

    public async Task<SeedReport> SeedAsync(KnowledgeGraph graph, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // Schema commands cannot share a transaction with writes; each is idempotent (IF NOT EXISTS).
        var schema = QueryCounters.None;
        foreach (var name in SchemaStatements)
            schema += (await Guard(() => _client.RunIdempotentAsync(Neo4jStatements.Get(name), cancellationToken))).Counters ?? QueryCounters.None;

        // Batches are built as they are sent: at millions of relations, all rows at once would not fit in memory.
        var total = graph.Kinds.Count + graph.Predicates.Count + graph.Documents.Count + graph.Entities.Count + graph.Relations.Count;
        var counters = await Guard(() => _client.InTransactionAsync(
            (transaction, token) => WriteAllAsync(transaction, Batches(graph), total, progress, token), cancellationToken));
        return new SeedReport(graph.Kinds.Count, graph.Predicates.Count, graph.Entities.Count, graph.Documents.Count, graph.Relations.Count,
            schema.IndexesAdded + schema.ConstraintsAdded, counters.NodesCreated, counters.RelationshipsCreated, counters.PropertiesSet, counters.ContainsUpdates);
    }

    private static async Task<QueryCounters> WriteAllAsync(
        Neo4jTransaction transaction, IEnumerable<Batch> batches, int total, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
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

    private static async Task<T> Guard<T>(Func<Task<T>> run)
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
