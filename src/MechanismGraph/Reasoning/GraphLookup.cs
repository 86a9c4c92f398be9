using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>
/// Listings and lookups every adapter serves (entities, relations, neighbours, documents, vocabulary, counts), with their
/// arguments checked here once, so adapters never reach the store themselves.
/// </summary>
public sealed class GraphLookup(IGraphStore store, StoreCatalog catalog, EntityResolver resolver, RelationViews views, ArgumentRules rules)
{
    /// <summary>The store's short name: "embedded" or "neo4j".</summary>
    public string StoreName => store.Name;

    public Task<GraphCounts> CountsAsync(CancellationToken cancellationToken = default) => store.CountsAsync(cancellationToken);

    public Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken cancellationToken = default) => store.DocumentsAsync(cancellationToken);

    public Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken cancellationToken = default) => store.PredicatesAsync(cancellationToken);

    public Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken cancellationToken = default) => store.KindsAsync(cancellationToken);

    /// <summary>How many relations use the predicate (a zero-size page's total).</summary>
    public async Task<int> RelationCountAsync(string predicateId, CancellationToken cancellationToken = default) =>
        (await store.QueryRelationsAsync(new RelationFilter(null, null, predicateId, null, 0), cancellationToken)).TotalCount;

    /// <summary>Entities by id (ids the graph gave out, such as a context's cell type); unknown ids are left out.</summary>
    public Task<IReadOnlyList<Entity>> EntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        store.GetEntitiesAsync(ids, cancellationToken);

    /// <summary>The document with this id, or NOT_FOUND (evidence citing a document the store lacks needs a re-seed).</summary>
    public async Task<Document> DocumentAsync(string id, string argument, CancellationToken cancellationToken = default) =>
        (await catalog.DocumentsIncludingAsync(id, cancellationToken)).GetValueOrDefault(id)
            ?? throw MechanismGraphException.NotFound(argument, $"The store holds no document '{id}'; if evidence cites it, re-seed the store.");

    /// <summary>Entities in id order after <paramref name="afterId"/>; an unknown kind is BAD_USER_INPUT, not an empty page.</summary>
    public async Task<EntityPage> SearchEntitiesAsync(
        string? text, string? kind, string? afterId, int? first, string firstArgument = "first", CancellationToken cancellationToken = default)
    {
        var count = QueryLimits.First(first, firstArgument);
        var kindId = kind is null ? null : await rules.KindAsync(kind, "kind", cancellationToken);
        var page = await store.SearchEntitiesAsync(new EntitySearch(text, kindId, afterId, count), cancellationToken);
        return new EntityPage(page, kindId);
    }

    /// <summary>Relations in id order, filtered by subject and object references and a predicate id, after <paramref name="afterId"/>.</summary>
    public async Task<Page<RelationView>> RelationsAsync(
        string? subject, string? @object, string? predicate, string? afterId, int? first, CancellationToken cancellationToken = default)
    {
        var count = QueryLimits.First(first);
        var subjectId = subject is null ? null : (await resolver.ResolveAsync(subject, "subject", cancellationToken)).Id;
        var objectId = @object is null ? null : (await resolver.ResolveAsync(@object, "object", cancellationToken)).Id;
        var predicateId = predicate is null ? null : await rules.PredicateAsync(predicate, "predicate", cancellationToken);
        var page = await store.QueryRelationsAsync(new RelationFilter(subjectId, objectId, predicateId, afterId, count), cancellationToken);
        return new Page<RelationView>(await views.ExpandAsync(page.Items, cancellationToken), page.HasNextPage, page.TotalCount);
    }

    /// <summary>
    /// The relations of many entities at once, each list in id order: one store call per direction and predicate asked
    /// for, and at most one more for the relations' far ends that are not among the requested entities.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<RelationView>>> NeighboursAsync(IReadOnlyList<NeighbourRequest> requests, CancellationToken cancellationToken = default)
    {
        foreach (var predicate in requests.Select(r => r.Predicate).OfType<string>().Distinct())
            await rules.PredicateAsync(predicate, "predicate", cancellationToken);
        var found = new Dictionary<(Direction, string?), IReadOnlyList<Relation>>();
        foreach (var group in requests.GroupBy(r => (r.Direction, r.Predicate)))
        {
            var ids = group.Select(r => r.Entity.Id).Distinct().ToArray();
            found[group.Key] = await store.NeighbourRelationsAsync(ids, group.Key.Direction, group.Key.Predicate is { } p ? [p] : null, cancellationToken);
        }
        var known = requests.Select(r => r.Entity).DistinctBy(e => e.Id).ToDictionary(e => e.Id);
        var expanded = (await views.ExpandAsync(found.Values.SelectMany(r => r).DistinctBy(r => r.Id).ToArray(), known, cancellationToken))
            .ToDictionary(v => v.Id);
        return requests.Select(request => (IReadOnlyList<RelationView>)found[(request.Direction, request.Predicate)]
                .Where(r => (request.Direction == Direction.Outgoing ? r.SubjectId : r.ObjectId) == request.Entity.Id)
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => expanded[r.Id])
                .ToArray())
            .ToArray();
    }
}
