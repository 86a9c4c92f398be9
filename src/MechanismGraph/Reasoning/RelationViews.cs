using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Expands store relations into <see cref="RelationView"/>s, fetching all their entities in one store call.</summary>
public sealed class RelationViews(IGraphStore store, StoreCatalog catalog)
{
    public async Task<IReadOnlyList<RelationView>> ExpandAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken = default)
    {
        if (relations.Count == 0) return [];
        var predicates = await catalog.PredicatesAsync(cancellationToken);
        if (relations.FirstOrDefault(r => !predicates.ContainsKey(r.PredicateId)) is { } newer)
            predicates = await catalog.PredicatesIncludingAsync(newer.PredicateId, cancellationToken);
        var ids = relations.SelectMany(r => r.Context.Select(c => c.EntityId).Append(r.SubjectId).Append(r.ObjectId)).Distinct().ToArray();
        var entities = (await store.GetEntitiesAsync(ids, cancellationToken)).ToDictionary(e => e.Id);
        return relations.Select(r =>
        {
            var view = new RelationView(r, entities[r.SubjectId], predicates[r.PredicateId], entities[r.ObjectId], "")
            {
                ContextEntities = r.Context.Select(c => new ContextView(c.Kind, entities[c.EntityId])).ToArray(),
            };
            return view with { Sentence = Sentences.Of(view) };
        }).ToArray();
    }
}
