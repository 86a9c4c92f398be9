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
        var entities = new Dictionary<string, Entity>(known, StringComparer.Ordinal);
        // Plain loops and one set: an influence answer expands ten thousand relations at a time.
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            if (!entities.ContainsKey(r.SubjectId)) missing.Add(r.SubjectId);
            if (!entities.ContainsKey(r.ObjectId)) missing.Add(r.ObjectId);
            foreach (var c in r.Context)
                if (!entities.ContainsKey(c.EntityId)) missing.Add(c.EntityId);
        }
        if (missing.Count > 0)
            foreach (var entity in await store.GetEntitiesAsync(missing, cancellationToken))
                entities[entity.Id] = entity;
        var views = new RelationView[relations.Count];
        for (var i = 0; i < views.Length; i++) views[i] = View(relations[i], entities, predicates);
        return views;
    }

    /// <summary>One relation's view from entities and predicates already at hand; the sentence is composed when first read.</summary>
    internal static RelationView View(Relation r, IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Predicate> predicates) =>
        new(r, entities[r.SubjectId], predicates[r.PredicateId], entities[r.ObjectId])
        {
            ContextEntities = r.Context.Count == 0 ? [] : r.Context.Select(c => new ContextView(c.Kind, entities[c.EntityId])).ToArray(),
        };
}
