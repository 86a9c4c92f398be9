using MechanismGraph.Model;

namespace MechanismGraph.Storage;

/// <summary>
/// The store port: a narrow, domain-shaped view of a mechanism graph. Stores only return
/// entities, relations and bounded raw paths; ranking, net effects, sentences, explanations and
/// error codes live above it (MechanismGraph.Reasoning), so every store gives the same answers.
/// </summary>
public interface IGraphStore
{
    /// <summary>Short name reported by /health: "embedded" or "neo4j".</summary>
    string Name { get; }

    /// <summary>True when the content never changes while the process runs, so whole responses may be cached.</summary>
    bool IsImmutable { get; }

    Task<GraphCounts> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Entities whose id, name, alias or CURIE equals <paramref name="reference"/>, ignoring case.</summary>
    Task<IReadOnlyList<Entity>> FindEntitiesAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The entities with these ids (unknown ids are left out), in no particular order.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Every entity's id, name and aliases: the candidates for "did you mean" suggestions.</summary>
    Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken cancellationToken = default);

    /// <summary>A page of entities in id order (keyset after <see cref="EntitySearch.AfterId"/>), with the total match count.</summary>
    Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default);

    /// <summary>A page of relations in id order (keyset after <see cref="RelationFilter.AfterId"/>), with the total match count.</summary>
    Task<Page<Relation>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Relations leaving (or entering) any of the entities, restricted to the predicates when given.</summary>
    Task<IReadOnlyList<Relation>> NeighbourRelationsAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? predicates, CancellationToken cancellationToken = default);

    /// <summary>Simple directed paths, shortest first, bounded in hops, in number and in work.</summary>
    Task<PathSearchResult> FindPathsAsync(PathSearch search, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken cancellationToken = default);
}
