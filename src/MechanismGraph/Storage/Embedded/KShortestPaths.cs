using MechanismGraph.Graph;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// The k least simple paths from a source to a target within a hop bound, in the order of <see cref="FoundPath.Order"/>:
/// fewer hops first, then hop by hop the entity entered and the relation taken, each by id (dense ids follow id order).
/// Yen's algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971)
/// with Lawler's refinement (E. L. Lawler, Management Science 18(7), 1972: a new path is only spurred from where it
/// deviated from its parent) and bidirectional breadth-first spur searches (<see cref="SpurSearch"/>), as NetworkX's
/// <c>shortest_simple_paths</c> does. Each accepted path is proven the next least, so the search stops as soon as it has k:
/// its cost depends on the answer, not on the hop bound. Parallel relations (same two entities, different relation)
/// make distinct paths: each carries its own predicate, sign and evidence.
/// </summary>
internal sealed class KShortestPaths(SearchScratch scratch, int source, int target, int maxHops, IReadOnlyCollection<int> avoid, WorkBudget budget)
{
    private readonly GraphTopology _g = scratch.Topology;
    private readonly SpurSearch _spur = new(scratch, target, budget);

    /// <summary>Up to <paramref name="k"/> paths, least first; <c>Complete</c> is false when the budget ran out first (then the paths found so far, still least first).</summary>
    public (IReadOnlyList<FoundPath> Paths, bool Complete) Find(int k)
    {
        var accepted = new List<FoundPath>();
        var candidates = new SortedSet<FoundPath>(FoundPath.Order);
        if (Spur(source, [], [], 0, maxHops) is { } first) accepted.Add(first);
        else return ([], !budget.Exhausted);

        var removed = new HashSet<int>();
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var i = previous.Deviation; i < previous.Relations.Length && !budget.Exhausted; i++)
            {
                // Once enough candidates wait to fill the answer, one longer than the last of them can never be in it.
                var needed = k - accepted.Count;
                var longest = candidates.Count >= needed ? candidates.ElementAt(needed - 1).Relations.Length : maxHops;
                removed.Clear();
                foreach (var path in accepted)
                    if (path.Relations.Length > i && SamePrefix(path.Relations, previous.Relations, i)) removed.Add(path.Relations[i]);
                if (Spur(previous.Entities[i], previous.Relations.AsSpan(0, i), previous.Entities.AsSpan(0, i), i, longest - i, removed) is { } candidate)
                    candidates.Add(candidate);
            }
            if (budget.Exhausted)
            {
                // Every accepted path is proven; the candidates are real paths, not yet proven next: all of them, least first.
                accepted.AddRange(candidates.Take(k - accepted.Count));
                return (accepted, false);
            }
            if (candidates.Count == 0) break;
            var best = candidates.Min!;
            candidates.Remove(best);
            accepted.Add(best);
        }
        return (accepted, true);
    }

    private FoundPath? Spur(int at, ReadOnlySpan<int> rootRelations, ReadOnlySpan<int> rootEntities, int deviation, int limit, IReadOnlyCollection<int>? removed = null)
    {
        var stamp = scratch.NewStamp();
        foreach (var entity in avoid) scratch.BlockedStamp[entity] = stamp;
        foreach (var entity in rootEntities) scratch.BlockedStamp[entity] = stamp;
        if (_spur.Find(at, limit, removed ?? [], stamp) is not { } entries) return null;
        var relations = new int[rootRelations.Length + entries.Length];
        var entities = new int[relations.Length + 1];
        rootRelations.CopyTo(relations);
        rootEntities.CopyTo(entities);
        entities[rootEntities.Length] = at;
        for (var i = 0; i < entries.Length; i++)
        {
            relations[rootRelations.Length + i] = _g.OutRelation[entries[i]];
            entities[rootEntities.Length + i + 1] = _g.OutEntity[entries[i]];
        }
        return new FoundPath(relations, entities, deviation);
    }

    private static bool SamePrefix(int[] a, int[] b, int length) => a.AsSpan(0, length).SequenceEqual(b.AsSpan(0, length));
}
