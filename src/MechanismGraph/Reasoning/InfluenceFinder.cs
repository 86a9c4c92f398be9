using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Everything downstream (effects) or upstream (causes) of an entity, by breadth-first layers over causal relations.</summary>
public sealed class InfluenceFinder(IGraphStore store, StoreCatalog catalog, EntityResolver resolver, RelationViews views)
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

        // Best chain (relations walked from the start) to each reached entity; one store call per layer.
        var chains = new Dictionary<string, Relation[]>(StringComparer.Ordinal) { [start.Id] = [] };
        var frontier = new List<string> { start.Id };
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
                if (!reached.ContainsKey(to) && chains.Count + reached.Count >= QueryLimits.MaxInfluenceEntities + 1) { truncated = true; continue; }
                Relation[] candidate = [.. via, relation];
                if (!reached.TryGetValue(to, out var current) || Better(candidate, current)) reached[to] = candidate;
            }
            foreach (var (id, chain) in reached) chains[id] = chain;
            frontier = reached.Keys.ToList();
        }

        chains.Remove(start.Id);
        var expanded = (await views.ExpandAsync(chains.Values.SelectMany(c => c).DistinctBy(r => r.Id).ToArray(), cancellationToken))
            .ToDictionary(v => v.Id);
        var influences = chains.Select(kv =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var steps = kv.Value.Select(r => expanded[r.Id]);
            // Causes are walked backwards; a pathway always reads cause → effect.
            var ordered = (direction == Direction.Outgoing ? steps : steps.Reverse()).ToArray();
            var pathway = Pathway.From(ordered);
            var entity = direction == Direction.Outgoing ? ordered[^1].Object : ordered[0].Subject;
            return new Influence(entity, pathway.NetEffect, pathway.Length, pathway);
        });
        return new InfluenceResult(
            start,
            influences.OrderBy(i => i.Hops).ThenBy(i => i.Entity.Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Entity.Id, StringComparer.Ordinal).ToArray(),
            truncated);
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
        return string.CompareOrdinal(string.Join("/", candidate.Select(r => r.Id)), string.Join("/", current.Select(r => r.Id))) < 0;
    }
}
