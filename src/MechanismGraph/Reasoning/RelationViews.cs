using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Expands store relations into <see cref="RelationView"/>s, fetching all their entities in one store call.</summary>
public sealed class RelationViews(IGraphStore store, StoreCatalog catalog)
{
    public Task<IReadOnlyList<RelationView>> ExpandAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken = default) =>
        ExpandAsync(relations, new Dictionary<string, Entity>(), cancellationToken);

    /// <param name="known">Entities the caller already holds (by id): only the other ends are fetched, and none when all are known.</param>
    public async Task<IReadOnlyList<RelationView>> ExpandAsync(
        IReadOnlyList<Relation> relations, IReadOnlyDictionary<string, Entity> known, CancellationToken cancellationToken)
    {
        if (relations.Count == 0) return [];
        var predicates = await catalog.PredicatesAsync(cancellationToken);
        if (relations.FirstOrDefault(r => !predicates.ContainsKey(r.PredicateId)) is { } newer)
            predicates = await catalog.PredicatesIncludingAsync(newer.PredicateId, cancellationToken);
        var entities = new Dictionary<string, Entity>(known);
        var missing = relations.SelectMany(r => r.Context.Select(c => c.EntityId).Append(r.SubjectId).Append(r.ObjectId))
            .Distinct().Where(id => !entities.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
            foreach (var entity in await store.GetEntitiesAsync(missing, cancellationToken))
                entities[entity.Id] = entity;
        return relations.Select(r =>
        {
            // The sentence is composed when first read.
            return new RelationView(r, entities[r.SubjectId], predicates[r.PredicateId], entities[r.ObjectId])
            {
                ContextEntities = r.Context.Count == 0 ? [] : r.Context.Select(c => new ContextView(c.Kind, entities[c.EntityId])).ToArray(),
            };
        }).ToArray();
    }
}
