using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Tests.Export;

/// <summary>Another store behind the port: delegates to a real one and records the page sizes asked for.</summary>
internal sealed class RecordingStore(IGraphStore inner) : IGraphStore
{
    public List<int> EntityPageSizes { get; } = [];
    public List<int> RelationPageSizes { get; } = [];

    /// <summary>Changes the n-th relation page read (0-based), to simulate a store edited during an export.</summary>
    public Func<int, Page<Relation>, Page<Relation>>? AlterRelationPage { get; init; }

    public string Name => "recording";

    public bool IsImmutable => inner.IsImmutable;
    public Task<GraphCounts> CountsAsync(CancellationToken ct = default) => inner.CountsAsync(ct);
    public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string reference, CancellationToken ct = default) => inner.FindEntitiesAsync(reference, ct);
    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetEntitiesAsync(ids, ct);
    public Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken ct = default) => inner.EntityLabelsAsync(ct);

    public Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default)
    {
        EntityPageSizes.Add(search.First);
        return inner.SearchEntitiesAsync(search, ct);
    }

    public async Task<Page<Relation>> QueryRelationsAsync(RelationFilter filter, CancellationToken ct = default)
    {
        RelationPageSizes.Add(filter.First);
        var page = await inner.QueryRelationsAsync(filter, ct);
        return AlterRelationPage is null ? page : AlterRelationPage(RelationPageSizes.Count - 1, page);
    }

    public Task<IReadOnlyList<Relation>> NeighbourRelationsAsync(IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? predicates, CancellationToken ct = default) =>
        inner.NeighbourRelationsAsync(entityIds, direction, predicates, ct);

    public Task<PathSearchResult> FindPathsAsync(PathSearch search, CancellationToken ct = default) => inner.FindPathsAsync(search, ct);
    public Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken ct = default) => inner.DocumentsAsync(ct);
    public Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken ct = default) => inner.PredicatesAsync(ct);
    public Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken ct = default) => inner.KindsAsync(ct);
}
