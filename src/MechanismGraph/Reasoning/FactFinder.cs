using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Citation-ready facts about an entity (its relations both ways) or about the whole graph.</summary>
public sealed class FactFinder(IGraphStore store, EntityResolver resolver, RelationViews views)
{
    /// <summary>Facts where the entity is the subject (first) or the object, each group in relation-id order.</summary>
    public async Task<IReadOnlyList<Fact>> FactsAsync(string? about, int? first, CancellationToken cancellationToken = default)
    {
        var count = QueryLimits.First(first);
        if (about is null)
        {
            var page = await store.QueryRelationsAsync(new RelationFilter(null, null, null, null, count), cancellationToken);
            return (await views.ExpandAsync(page.Items, cancellationToken)).Select(v => new Fact(v)).ToArray();
        }
        var entity = await resolver.ResolveAsync(about, "about", cancellationToken);
        var outgoing = await store.NeighbourRelationsAsync([entity.Id], Direction.Outgoing, null, cancellationToken);
        var incoming = await store.NeighbourRelationsAsync([entity.Id], Direction.Incoming, null, cancellationToken);
        var relations = outgoing.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Concat(incoming.Where(r => r.SubjectId != entity.Id).OrderBy(r => r.Id, StringComparer.Ordinal))
            .Take(count).ToArray();
        return (await views.ExpandAsync(relations, cancellationToken)).Select(v => new Fact(v)).ToArray();
    }
}
