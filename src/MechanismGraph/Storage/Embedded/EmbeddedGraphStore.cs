using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Search;

namespace MechanismGraph.Storage.Embedded;

/// <summary>The default store: the in-memory graph loaded from seed-data, no server needed.</summary>
public sealed class EmbeddedGraphStore(KnowledgeGraph initial) : IGraphStore, IInfluenceWalker
{
    private volatile Loaded _loaded = new(initial);

    public string Name => "embedded";

    /// <summary>True: each <see cref="KnowledgeGraph"/> is immutable, and only <see cref="EmbeddedGraphSeeder"/> swaps it, before serving.</summary>
    public bool IsImmutable => true;

    public KnowledgeGraph Graph => _loaded.Graph;

    /// <summary>Swaps in another graph; a call already running may read both, so seeding comes before serving.</summary>
    internal void Replace(KnowledgeGraph graph) => _loaded = new Loaded(graph);

    public Task<GraphCounts> CountsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new GraphCounts(Graph.Documents.Count, Graph.Entities.Count, Graph.Relations.Count, Graph.EvidenceCount, Graph.Predicates.Count));

    public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(Graph.Resolve(reference));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var graph = Graph;
        var found = new List<Entity>(ids.Count);
        foreach (var id in ids is ISet<string> ? ids : ids.Distinct())
            if (graph.Entity(id) is { } entity) found.Add(entity);
        return Task.FromResult<IReadOnlyList<Entity>>(found);
    }

    public Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EntityLabels>>(Graph.Entities.Select(e => new EntityLabels(e.Id, e.Name, e.Aliases)).ToArray());

    public Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default)
    {
        var loaded = _loaded;
        var graph = loaded.Graph;
        // The index hands back dense numbers in id order, so the page is cut without sorting.
        IEnumerable<Entity> candidates = string.IsNullOrWhiteSpace(search.Text)
            ? graph.Entities
            : loaded.Index.Value.Containing(search.Text).Select(graph.EntityAt);
        var matches = search.Kind is null ? candidates : candidates.Where(e => string.Equals(e.Kind, search.Kind, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(Paginate(matches as IReadOnlyList<Entity> ?? matches.ToList(), e => e.Id, search.AfterId, search.First));
    }

    public Task<Page<Relation>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Relation> candidates =
            filter.SubjectId is not null ? Graph.Outgoing(filter.SubjectId) :
            filter.ObjectId is not null ? Graph.Incoming(filter.ObjectId) :
            filter.PredicateId is not null ? Graph.WithPredicate(filter.PredicateId) :
            Graph.Relations;
        // Every list the graph hands out is already in id order; unfiltered or by predicate alone, the graph's lazy list is
        // paged in place (only the page's records are built).
        var matches = filter is { SubjectId: null, ObjectId: null } ? candidates : candidates
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
        // Filtered on the columns first: a record is built only for a relation that is returned.
        var relations = new List<Relation>();
        foreach (var id in entityIds.Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var r in Graph.RelationIds(id, direction == Direction.Outgoing))
                if (allowed is null || allowed.Contains(Graph.PredicateIdAt(r))) relations.Add(Graph.RelationAt(r));
        }
        return Task.FromResult<IReadOnlyList<Relation>>(relations.ToArray());
    }

    public Task<PathSearchResult> FindPathsAsync(PathSearch search, CancellationToken cancellationToken = default) =>
        Task.FromResult(EmbeddedPathSearch.Run(Graph, search, cancellationToken));

    public InfluenceWalk WalkInfluence(
        string startId, Direction direction, int maxHops, IReadOnlyCollection<string> predicates, int maxEntities, CancellationToken cancellationToken)
    {
        var loaded = _loaded;
        return EmbeddedInfluenceWalk.Run(loaded.Graph, loaded.Traits.Value, startId, direction, maxHops, predicates, maxEntities, cancellationToken);
    }

    public Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken cancellationToken = default) => Task.FromResult(Graph.Documents);

    public Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken cancellationToken = default) => Task.FromResult(Graph.Predicates);

    public Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken cancellationToken = default) => Task.FromResult(Graph.Kinds);

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

    /// <summary>A graph and what is derived from it on first use (label index, relation traits), swapped together.</summary>
    private sealed class Loaded
    {
        public Loaded(KnowledgeGraph graph)
        {
            Graph = graph;
            Index = new Lazy<EntitySearchIndex>(() => EntitySearchIndex.Build(graph.Entities, Labels));
            Traits = new Lazy<RelationTraits>(() => RelationTraits.Of(graph));
            // Built off the request path when the graph arrives: start-up does not wait, and a search that comes first waits for it.
            ThreadPool.QueueUserWorkItem(static index => _ = index.Value, Index, preferLocal: false);
        }

        public KnowledgeGraph Graph { get; }

        public Lazy<EntitySearchIndex> Index { get; }

        public Lazy<RelationTraits> Traits { get; }

        private static IEnumerable<(string, LabelKind)> Labels(Entity entity) =>
            [(entity.Id, LabelKind.Id), .. entity.Xrefs.Select(x => (x, LabelKind.Curie)), (entity.Name, LabelKind.Name), .. entity.Aliases.Select(a => (a, LabelKind.Alias))];
    }
}
