using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Citation-ready facts about an entity (its relations both ways) or about the whole graph.</summary>
public sealed class FactFinder(IGraphStore store, EntityResolver resolver, RelationViews views)
{
    /// <summary>Facts where the entity is the subject (first) or the object, each group in relation-id order.</summary>
    public async Task<IReadOnlyList<Fact>> FactsAsync(string? about, int? first, CancellationToken cancellationToken = default) =>
        (await PageAsync(about, first, null, cancellationToken)).Facts;

    /// <summary>
    /// A page of the same ordering as <see cref="FactsAsync"/>, starting after the fact whose relation id is
    /// <paramref name="after"/> (null: from the start), so a reader can continue where a bounded answer stopped.
    /// </summary>
    public async Task<FactPage> PageAsync(string? about, int? first, string? after, CancellationToken cancellationToken = default)
    {
        var count = QueryLimits.First(first);
        if (about is null)
        {
            var page = await store.QueryRelationsAsync(new RelationFilter(null, null, null, after, count), cancellationToken);
            return new FactPage(null, await ExpandAsync(page.Items, cancellationToken), page.HasNextPage);
        }
        return await PageAboutAsync(await resolver.ResolveAsync(about, "about", cancellationToken), count, after, cancellationToken);
    }

    /// <summary>The same page about an entity the caller has already resolved.</summary>
    public async Task<FactPage> PageAboutAsync(Entity entity, int? first, string? after, CancellationToken cancellationToken = default)
    {
        var count = QueryLimits.First(first);
        var outgoing = await store.NeighbourRelationsAsync([entity.Id], Direction.Outgoing, null, cancellationToken);
        var incoming = await store.NeighbourRelationsAsync([entity.Id], Direction.Incoming, null, cancellationToken);
        var ordered = outgoing.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Concat(incoming.Where(r => r.SubjectId != entity.Id).OrderBy(r => r.Id, StringComparer.Ordinal))
            .ToArray();
        var start = 0;
        if (after is not null)
        {
            start = Array.FindIndex(ordered, r => r.Id == after) + 1;
            if (start == 0)
                throw MechanismGraphException.BadInput("after", $"after '{after}' is not a relation of '{entity.Id}'; pass the id of the last fact you received");
        }
        var relations = ordered.Skip(start).Take(count).ToArray();
        return new FactPage(entity, await ExpandAsync(relations, cancellationToken), start + relations.Length < ordered.Length);
    }

    private async Task<IReadOnlyList<Fact>> ExpandAsync(IReadOnlyList<Relation> relations, CancellationToken cancellationToken) =>
        (await views.ExpandAsync(relations, cancellationToken)).Select(v => new Fact(v)).ToArray();
}
