using MechanismGraph.Model;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// The store port over Neo4j's HTTP Query API. It only fetches entities, relations and bounded paths;
/// ranking, signs and sentences stay above the port. Every statement is an embedded .cypher file.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>Most paths one search asks Neo4j for (SHORTEST k).</summary>
    public const int MaxPathsPerSearch = 1000;

    private readonly Neo4jQueryClient _client;

    private readonly TimeSpan _pathSearchTimeout;

    /// <param name="pathSearchTimeout">
    /// Longest one path search may run (default 5 s): SHORTEST k has no expansion budget like the embedded search, so
    /// time is its work bound; a search cut short returns what it has, marked truncated.
    /// </param>
    /// <param name="http">Used as is and not disposed.</param>
    public Neo4jGraphStore(HttpClient http, Neo4jConnectionOptions options, TimeSpan? pathSearchTimeout = null)
        : this(new Neo4jQueryClient(http, options), pathSearchTimeout) { }

    internal Neo4jGraphStore(Neo4jQueryClient client, TimeSpan? pathSearchTimeout = null)
    {
        _client = client;
        _pathSearchTimeout = pathSearchTimeout ?? TimeSpan.FromSeconds(5);
    }

    public string Name => "neo4j";

    /// <summary>Neo4j can be re-seeded or written by others at any time: never cache whole responses.</summary>
    public bool IsImmutable => false;

    public async Task<GraphCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync("counts", null, cancellationToken)).Rows.Single();
        return new GraphCounts(row.Get<int>("documents"), row.Get<int>("entities"), row.Get<int>("relations"), row.Get<int>("evidence"), row.Get<int>("predicates"));
    }

    public async Task<IReadOnlyList<Entity>> FindEntitiesAsync(string reference, CancellationToken cancellationToken = default) =>
        Nodes(await ReadAsync("find-entities", new() { ["ref"] = reference.Trim().ToLowerInvariant() }, cancellationToken), "e", Neo4jRecords.ToEntity);

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? [] : Nodes(await ReadAsync("get-entities", new() { ["ids"] = ids.Distinct().ToArray() }, cancellationToken), "e", Neo4jRecords.ToEntity);

    public async Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync("entity-labels", null, cancellationToken)).Rows
            .Select(r => new EntityLabels(r.Get<string>("id"), r.Get<string>("name"), r.GetList<string>("aliases"))).ToArray();

    public async Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default)
    {
        var text = string.IsNullOrWhiteSpace(search.Text) ? null : search.Text.Trim().ToLowerInvariant();
        var row = (await ReadAsync("search-entities", new()
        {
            ["kind"] = search.Kind, ["text"] = text, ["after"] = search.AfterId, ["take"] = (long)search.First + 1, // one extra tells whether a next page exists
        }, cancellationToken)).Rows.Single();
        var page = row.GetList<Neo4jNode>("page").Select(Neo4jRecords.ToEntity).ToArray();
        return new Page<Entity>(page.Take(search.First).ToArray(), page.Length > search.First, row.Get<int>("total"));
    }

    public async Task<Page<Relation>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync("query-relations", new()
        {
            ["subject"] = filter.SubjectId, ["object"] = filter.ObjectId, ["predicate"] = filter.PredicateId,
            ["after"] = filter.AfterId, ["take"] = (long)filter.First + 1,
        }, cancellationToken)).Rows.Single();
        var page = row.GetList<IReadOnlyDictionary<string, object?>>("page").Select(Neo4jRecords.ToRelation).ToArray();
        return new Page<Relation>(page.Take(filter.First).ToArray(), page.Length > filter.First, row.Get<int>("total"));
    }

    public async Task<IReadOnlyList<Relation>> NeighbourRelationsAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? predicates, CancellationToken cancellationToken = default)
    {
        if (entityIds.Count == 0) return [];
        var statement = direction == Direction.Outgoing ? "neighbours-outgoing" : "neighbours-incoming";
        var result = await ReadAsync(statement, new() { ["ids"] = entityIds.Distinct().ToArray(), ["predicates"] = predicates?.ToArray() }, cancellationToken);
        return result.Rows.Select(r => Neo4jRecords.ToRelation(r["relation"], r.Get<string>("subject"), r.Get<string>("object")))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    public async Task<PathSearchResult> FindPathsAsync(PathSearch search, CancellationToken cancellationToken = default)
    {
        var avoid = search.Avoid.ToHashSet(StringComparer.Ordinal);
        if (avoid.Contains(search.FromId) || avoid.Contains(search.ToId) || search.MaxPaths <= 0 || search.Predicates.Count == 0)
            return new PathSearchResult([], false);
        // Neo4j's SHORTEST k bounds the work by its own breadth-first search; maxHops and the path cap are the same as embedded.
        var statement = Neo4jStatements.Get("find-paths",
            ("MAX_PATHS", Math.Min(search.MaxPaths, MaxPathsPerSearch), 1, MaxPathsPerSearch),
            ("MAX_HOPS", search.MaxHops, 1, 10));
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(_pathSearchTimeout);
        QueryResult result;
        try
        {
            result = await RunReadAsync(statement, new()
            {
                ["from"] = search.FromId, ["to"] = search.ToId, ["predicates"] = search.Predicates.ToArray(), ["avoid"] = avoid.ToArray(),
            }, bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PathSearchResult([], true); // the time bound, not the caller, stopped it
        }
        var paths = result.Rows
            .Select(r => (IReadOnlyList<Relation>)r.GetList<IReadOnlyDictionary<string, object?>>("steps").Select(Neo4jRecords.ToRelation).ToArray())
            .ToArray();
        return new PathSearchResult(paths, false);
    }

    public async Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken cancellationToken = default) =>
        Nodes(await ReadAsync("documents", null, cancellationToken), "d", Neo4jRecords.ToDocument);

    public async Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken cancellationToken = default) =>
        Nodes(await ReadAsync("predicates", null, cancellationToken), "p", Neo4jRecords.ToPredicate);

    public async Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken cancellationToken = default) =>
        Nodes(await ReadAsync("kinds", null, cancellationToken), "k", Neo4jRecords.ToKind);

    private Task<QueryResult> ReadAsync(string statement, Dictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RunReadAsync(Neo4jStatements.Get(statement), parameters, cancellationToken);

    // Unavailability becomes the port's StoreUnavailableException; other Neo4j errors (a rejected statement, a
    // malformed answer) are bugs or misconfiguration and keep their type.
    private async Task<QueryResult> RunReadAsync(string statement, Dictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.RunAsync(statement, parameters, Neo4jAccessMode.Read, cancellationToken);
        }
        catch (Neo4jException e) when (e.Kind is Neo4jErrorKind.Unavailable or Neo4jErrorKind.Authentication)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
    }

    private static T[] Nodes<T>(QueryResult result, string field, Func<Neo4jNode, T> map) =>
        result.Rows.Select(r => map(r.Get<Neo4jNode>(field))).ToArray();
}
