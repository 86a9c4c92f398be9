using MechanismGraph.Graph;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// Writes a validated graph into Neo4j as a new <em>generation</em> (seed-data/README.md, "In Neo4j"): constraints and
/// indexes first, then every item in batches of UNWIND … MERGE, each batch its own transaction, into a generation queries
/// do not read yet; then one small transaction flips the active generation, and the previous one is removed in batches.
/// A reader never sees a half-written graph, the server never holds more than one batch, and an interrupted import
/// leaves the active graph untouched: <see cref="Neo4jImportOptions.Resume"/> continues it (content hashes make rows
/// already written cost nothing), otherwise the next import discards it. A batch is idempotent, so a transient fault
/// sends it again under the client's one retry policy.
/// </summary>
public sealed class Neo4jSeeder : IGraphSeeder
{
    private static readonly string[] SchemaStatements =
    [
        "schema-drop-entity-id", "schema-drop-document-id", "schema-drop-predicate-id", "schema-drop-kind-id",
        "schema-entity-id-generation", "schema-document-id-generation", "schema-predicate-id-generation", "schema-kind-id-generation",
        "schema-generation-number", "schema-entity-generation", "schema-relates-generation", "schema-relates-id", "schema-relates-predicate",
    ];

    private readonly Neo4jQueryClient _client;
    private readonly Neo4jGenerations _generations;
    private readonly Neo4jImportOptions _options;

    /// <param name="http">Used as is and not disposed.</param>
    public Neo4jSeeder(HttpClient http, Neo4jConnectionOptions options, Neo4jImportOptions? import = null) : this(new Neo4jQueryClient(http, options), import) { }

    internal Neo4jSeeder(Neo4jQueryClient client, Neo4jImportOptions? import = null)
    {
        _options = import ?? new Neo4jImportOptions();
        _options.Validate();
        _client = client;
        _generations = new Neo4jGenerations(client);
    }

    public async Task<SeedReport> SeedAsync(KnowledgeGraph graph, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await WriteAsync(graph, progress, cancellationToken);
        }
        catch (Neo4jException e) when (e.Kind is Neo4jErrorKind.Unavailable or Neo4jErrorKind.Authentication)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
        catch (Neo4jForbiddenException e)
        {
            throw new StoreMisconfiguredException(e.Message, e);
        }
    }

    private async Task<SeedReport> WriteAsync(KnowledgeGraph graph, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Schema commands cannot share a transaction with writes; each is idempotent (IF [NOT] EXISTS).
        var schema = QueryCounters.None;
        foreach (var name in SchemaStatements)
            schema += (await _client.RunIdempotentAsync(Neo4jStatements.Get(name), null, cancellationToken)).Counters ?? QueryCounters.None;

        var fingerprint = Neo4jSeedRows.Fingerprint(graph);
        var generations = await _generations.ListAsync(cancellationToken);
        if (generations.Any(g => g.State == Neo4jGeneration.Active && g.Fingerprint == fingerprint))
        {
            // The active generation already holds this graph, row for row: nothing to write (a restart re-seeds for free).
            return Report(graph, schema, QueryCounters.None, generation: generations.Single(g => g.State == Neo4jGeneration.Active).Number, changed: false);
        }

        var generation = await OpenGenerationAsync(generations, fingerprint, progress, cancellationToken);
        var counters = QueryCounters.None;
        var total = Neo4jSeedRows.Count(graph);
        var done = 0;
        foreach (var batch in Neo4jSeedRows.Batches(graph, _options.BatchSize))
        {
            var result = await _client.RunIdempotentAsync(Neo4jStatements.Get(batch.Statement),
                new Dictionary<string, object?> { ["rows"] = batch.Rows, ["generation"] = generation }, cancellationToken);
            counters += result.Counters ?? QueryCounters.None;
            done += batch.Rows.Count;
            progress?.Report(new SeedProgress(batch.What, done, total));
        }

        var retired = await _generations.ActivateAsync(generation, graph, cancellationToken);
        progress?.Report(new SeedProgress($"generation {generation} is active", total, total));
        foreach (var old in retired)
            await RemoveAsync(old, progress, cancellationToken);
        return Report(graph, schema, counters, generation, changed: true);
    }

    private static SeedReport Report(KnowledgeGraph graph, QueryCounters schema, QueryCounters counters, long generation, bool changed) =>
        new(graph.Kinds.Count, graph.Predicates.Count, graph.Entities.Count, graph.Documents.Count, graph.Relations.Count,
            schema.IndexesAdded + schema.ConstraintsAdded, counters.NodesCreated, counters.RelationshipsCreated, counters.PropertiesSet, changed)
        {
            Generation = generation,
        };

    /// <summary>
    /// With <see cref="Neo4jImportOptions.Resume"/>, the interrupted generation of the same input; otherwise (or when there
    /// is none) abandoned generations are removed and a new one opens.
    /// </summary>
    private async Task<long> OpenGenerationAsync(IReadOnlyList<Neo4jGeneration> generations, string fingerprint, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        var writing = generations.Where(g => g.State == Neo4jGeneration.Writing).ToList();
        var resumable = _options.Resume ? writing.LastOrDefault(g => g.Fingerprint == fingerprint) : null;
        if (_options.Resume && resumable is null && writing.Count > 0)
            throw new Neo4jQueryException(
                $"Neo4j at {_client.Endpoint} holds an interrupted import (generation {writing[^1].Number}) of other input than this one; import without --resume to discard it and start over.",
                null);
        foreach (var abandoned in writing.Where(g => g != resumable))
            await RemoveAsync(abandoned.Number, progress, cancellationToken);
        if (resumable is not null)
        {
            progress?.Report(new SeedProgress($"resuming generation {resumable.Number}", 0, 0));
            return resumable.Number;
        }
        return await _generations.BeginAsync(fingerprint, cancellationToken);
    }

    private async Task RemoveAsync(long generation, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new SeedProgress($"removing generation {generation}", 0, 0));
        await _generations.RemoveAsync(generation, _options.BatchSize, cancellationToken);
    }
}
