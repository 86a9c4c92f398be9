using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Storage.Embedded;

/// <summary>The default store: the immutable in-memory graph loaded from seed-data, no server needed.</summary>
public sealed class EmbeddedGraphStore(KnowledgeGraph graph) : IGraphStore
{
    public string Name => "embedded";

    public bool IsImmutable => true;

    public KnowledgeGraph Graph => graph;

    public Task<GraphCounts> CountsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new GraphCounts(graph.Documents.Count, graph.Entities.Count, graph.Relations.Count, graph.EvidenceCount, graph.Predicates.Count));

    public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(graph.Resolve(reference));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Entity>>(ids.Distinct().Select(graph.Entity).OfType<Entity>().ToArray());

    public Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EntityLabels>>(graph.Entities.Select(e => new EntityLabels(e.Id, e.Name, e.Aliases)).ToArray());

    public Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default)
    {
        var matches = graph.Entities.Where(e =>
            (search.Kind is null || string.Equals(e.Kind, search.Kind, StringComparison.OrdinalIgnoreCase)) &&
            (string.IsNullOrWhiteSpace(search.Text) || e.References
                .Any(label => label.Contains(search.Text.Trim(), StringComparison.OrdinalIgnoreCase))));
        return Task.FromResult(Paginate(matches.ToList(), e => e.Id, search.AfterId, search.First));
    }

    public Task<Page<Relation>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default)
    {
        IEnumerable<Relation> candidates =
            filter.SubjectId is not null ? graph.Outgoing(filter.SubjectId) :
            filter.ObjectId is not null ? graph.Incoming(filter.ObjectId) :
            filter.PredicateId is not null ? graph.WithPredicate(filter.PredicateId) :
            graph.Relations;
        // Every list the graph hands out is already in id order; unfiltered, the whole list is paged in place (no copy).
        var matches = filter is { SubjectId: null, ObjectId: null, PredicateId: null } ? graph.Relations : candidates
            .Where(r => (filter.SubjectId is null || r.SubjectId == filter.SubjectId)
                     && (filter.ObjectId is null || r.ObjectId == filter.ObjectId)
                     && (filter.PredicateId is null || r.PredicateId == filter.PredicateId))
            .ToList();
        return Task.FromResult(Paginate(matches, r => r.Id, filter.AfterId, filter.First));
    }

    public Task<IReadOnlyList<Relation>> NeighbourRelationsAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? predicates, CancellationToken cancellationToken = default)
    {
        var allowed = predicates?.ToHashSet(StringComparer.Ordinal);
        var relations = entityIds.Distinct()
            .SelectMany(id =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return direction == Direction.Outgoing ? graph.Outgoing(id) : graph.Incoming(id);
            })
            .Where(r => allowed is null || allowed.Contains(r.PredicateId))
            .ToArray();
        return Task.FromResult<IReadOnlyList<Relation>>(relations);
    }

    public Task<PathSearchResult> FindPathsAsync(PathSearch search, CancellationToken cancellationToken = default) =>
        Task.FromResult(EmbeddedPathSearch.Run(graph, search, cancellationToken));

    public Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken cancellationToken = default) => Task.FromResult(graph.Documents);

    public Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken cancellationToken = default) => Task.FromResult(graph.Predicates);

    public Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken cancellationToken = default) => Task.FromResult(graph.Kinds);

    private static Page<T> Paginate<T>(IReadOnlyList<T> sortedById, Func<T, string> id, string? afterId, int first)
    {
        // Binary search for the first id after the cursor: pages of a large graph cost O(log n), not O(n).
        int start = 0, end = sortedById.Count;
        while (afterId is not null && start < end)
        {
            var middle = start + (end - start) / 2;
            if (string.CompareOrdinal(id(sortedById[middle]), afterId) <= 0) start = middle + 1;
            else end = middle;
        }
        var items = new T[Math.Min(first, sortedById.Count - start)];
        for (var i = 0; i < items.Length; i++) items[i] = sortedById[start + i];
        return new Page<T>(items, start + items.Length < sortedById.Count, sortedById.Count);
    }
}
