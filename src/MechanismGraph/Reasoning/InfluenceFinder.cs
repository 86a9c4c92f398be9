using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Everything downstream (effects) or upstream (causes) of an entity, by breadth-first layers over causal relations.</summary>
public sealed class InfluenceFinder(IGraphStore store, StoreCatalog catalog, EntityResolver resolver)
{
    public async Task<InfluenceResult> EffectsAsync(string of, int? maxHops, CancellationToken cancellationToken = default) =>
        await TraverseAsync(of, maxHops, Direction.Outgoing, cancellationToken);

    public async Task<InfluenceResult> CausesAsync(string of, int? maxHops, CancellationToken cancellationToken = default) =>
        await TraverseAsync(of, maxHops, Direction.Incoming, cancellationToken);

    /// <param name="predicates">The predicate ids to follow; null for every causal predicate.</param>
    internal async Task<InfluenceResult> TraverseAsync(string of, int? maxHops, Direction direction, CancellationToken cancellationToken,
        IReadOnlyCollection<string>? predicates = null)
    {
        var hops = QueryLimits.Hops(maxHops, QueryLimits.DefaultInfluenceHops);
        var start = await resolver.ResolveAsync(of, "of", cancellationToken);
        predicates ??= await catalog.CausalPredicatesAsync(cancellationToken);

        // The embedded store walks its dense topology in one call; any other store is walked layer by layer here.
        var walk = store is IInfluenceWalker walker
            ? walker.WalkInfluence(start.Id, direction, hops, predicates, QueryLimits.MaxInfluenceEntities, cancellationToken)
            : await WalkAsync(store, start.Id, direction, hops, predicates, QueryLimits.MaxInfluenceEntities, cancellationToken);
        var chains = walk.Chains;
        var outgoing = direction == Direction.Outgoing;

        // Chains are prefix-closed (each one extends the chain to its previous entity), so the reached entities, the start
        // and the last steps' context cover every entity and predicate of every chain: one store call, no relation views.
        var ids = new HashSet<string>(chains.Count, StringComparer.Ordinal);
        var predicateById = await catalog.PredicatesAsync(cancellationToken);
        foreach (var chain in chains)
        {
            var last = chain[^1];
            ids.Add(outgoing ? last.ObjectId : last.SubjectId);
            foreach (var c in last.Context) ids.Add(c.EntityId);
            if (!predicateById.ContainsKey(last.PredicateId)) predicateById = await catalog.PredicatesIncludingAsync(last.PredicateId, cancellationToken);
        }
        var entities = new Dictionary<string, Entity>(ids.Count + 1, StringComparer.Ordinal) { [start.Id] = start };
        foreach (var entity in await store.GetEntitiesAsync(ids, cancellationToken)) entities[entity.Id] = entity;

        var influences = new Influence[chains.Count];
        for (var c = 0; c < influences.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chain = chains[c];
            var net = Sign.Increases;
            // Causes are walked backwards; a pathway always reads cause → effect.
            for (var i = 0; i < chain.Count; i++)
            {
                var step = chain[outgoing ? i : chain.Count - 1 - i];
                net = Pathway.Then(net, step, predicateById[step.PredicateId].Sign);
            }
            var reached = entities[outgoing ? chain[^1].ObjectId : chain[^1].SubjectId];
            influences[c] = new Influence(reached, net, chain.Count, () => PathwayOf(chain, outgoing, entities, predicateById));
        }
        // Nearest first, then by name and id: ids are unique, so the order is total and an in-place sort gives it.
        Array.Sort(influences, static (a, b) =>
        {
            var order = a.Hops.CompareTo(b.Hops);
            if (order == 0) order = string.Compare(a.Entity.Name, b.Entity.Name, StringComparison.OrdinalIgnoreCase);
            return order != 0 ? order : string.CompareOrdinal(a.Entity.Id, b.Entity.Id);
        });
        return new InfluenceResult(start, influences, walk.Truncated);
    }

    private static Pathway PathwayOf(
        IReadOnlyList<Relation> chain, bool outgoing, IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Predicate> predicates)
    {
        var ordered = new RelationView[chain.Count];
        for (var i = 0; i < ordered.Length; i++)
            ordered[outgoing ? i : ordered.Length - 1 - i] = RelationViews.View(chain[i], entities, predicates);
        return Pathway.From(ordered);
    }

    /// <summary>
    /// Best chain (relations walked from the start) to each entity reached within the hops, one store call per layer; at most
    /// <paramref name="maxEntities"/> entities, those of a layer met first (frontier order, then each one's relations in id order).
    /// </summary>
    internal static async Task<InfluenceWalk> WalkAsync(
        IGraphStore store, string startId, Direction direction, int hops, IReadOnlyCollection<string> predicates, int maxEntities, CancellationToken cancellationToken)
    {
        var chains = new Dictionary<string, Relation[]>(StringComparer.Ordinal) { [startId] = [] };
        var frontier = new List<string> { startId };
        var truncated = false;
        for (var layer = 1; layer <= hops && frontier.Count > 0 && !truncated; layer++)
        {
            var relations = await store.NeighbourRelationsAsync(frontier, direction, predicates, cancellationToken);
            var reached = new Dictionary<string, Relation[]>(StringComparer.Ordinal);
            foreach (var relation in relations)
            {
                cancellationToken.ThrowIfCancellationRequested(); // a hub's layer holds hundreds of thousands of relations
                var (from, to) = direction == Direction.Outgoing ? (relation.SubjectId, relation.ObjectId) : (relation.ObjectId, relation.SubjectId);
                if (chains.ContainsKey(to) || !chains.TryGetValue(from, out var via)) continue;
                // The cap holds within a layer too: a hub's second layer alone can reach most of a large graph.
                if (!reached.ContainsKey(to) && chains.Count + reached.Count >= maxEntities + 1) { truncated = true; continue; }
                Relation[] candidate = [.. via, relation];
                if (!reached.TryGetValue(to, out var current) || Better(candidate, current)) reached[to] = candidate;
            }
            foreach (var (id, chain) in reached) chains[id] = chain;
            frontier = reached.Keys.ToList();
        }
        chains.Remove(startId);
        return new InfluenceWalk(chains.Values.ToArray(), truncated);
    }

    // Same length by construction (same layer): prefer mechanistic chains, then stated ones, then better-supported ones, then ids.
    private static bool Better(Relation[] candidate, Relation[] current)
    {
        var byIndirect = candidate.Count(r => r.Indirect).CompareTo(current.Count(r => r.Indirect));
        if (byIndirect != 0) return byIndirect < 0;
        var byInferred = candidate.Count(r => r.Knowledge.IsInferred).CompareTo(current.Count(r => r.Knowledge.IsInferred));
        if (byInferred != 0) return byInferred < 0;
        var byEvidence = candidate.Sum(r => r.Evidence.Count).CompareTo(current.Sum(r => r.Evidence.Count));
        if (byEvidence != 0) return byEvidence > 0;
        // Then relation ids, step by step from the start: a total order, so the best chain does not depend on the scan order.
        for (var step = 0; step < candidate.Length; step++)
            if (string.CompareOrdinal(candidate[step].Id, current[step].Id) is var byId and not 0) return byId < 0;
        return false;
    }
}
