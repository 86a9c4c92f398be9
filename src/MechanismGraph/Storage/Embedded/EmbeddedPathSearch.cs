using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// Bounded enumeration of simple directed paths, shortest first: iterative deepening DFS, pruned by
/// each entity's distance to the target so dense graphs only explore what can still arrive in time.
/// </summary>
internal static class EmbeddedPathSearch
{
    public static PathSearchResult Run(KnowledgeGraph graph, PathSearch search, CancellationToken cancellationToken)
    {
        var allowed = search.Predicates.ToHashSet(StringComparer.Ordinal);
        var avoid = search.Avoid.ToHashSet(StringComparer.Ordinal);
        if (avoid.Contains(search.FromId) || avoid.Contains(search.ToId) || search.MaxPaths <= 0)
            return new PathSearchResult([], false);

        var budget = search.MaxExpansions;
        var distanceToTarget = DistancesTo(graph, search.ToId, search.MaxHops, allowed, avoid, ref budget);
        if (!distanceToTarget.TryGetValue(search.FromId, out var shortest))
            return new PathSearchResult([], budget <= 0);

        var found = new List<IReadOnlyList<Relation>>();
        var steps = new List<Relation>();
        var onPath = new HashSet<string>(StringComparer.Ordinal) { search.FromId };
        var truncated = budget <= 0;
        for (var length = shortest; length <= search.MaxHops && !truncated && found.Count < search.MaxPaths; length++)
            truncated = !Extend(search.FromId, length);
        return new PathSearchResult(found, truncated);

        // Returns false when the work budget is exhausted.
        bool Extend(string at, int remaining)
        {
            foreach (var relation in graph.Outgoing(at))
            {
                if (--budget < 0) return false;
                if ((budget & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                var next = relation.ObjectId;
                if (!allowed.Contains(relation.PredicateId) || onPath.Contains(next)) continue;
                if (!distanceToTarget.TryGetValue(next, out var distance) || distance > remaining - 1) continue;
                steps.Add(relation);
                if (remaining == 1)
                {
                    if (next == search.ToId) found.Add(steps.ToArray());
                }
                else if (next != search.ToId)
                {
                    onPath.Add(next);
                    var ok = Extend(next, remaining - 1);
                    onPath.Remove(next);
                    if (!ok) { steps.RemoveAt(steps.Count - 1); return false; }
                }
                steps.RemoveAt(steps.Count - 1);
                if (found.Count >= search.MaxPaths) return true;
            }
            return true;
        }
    }

    /// <summary>Hops from each entity to the target along allowed relations (reverse BFS, bounded by maxHops).</summary>
    private static Dictionary<string, int> DistancesTo(
        KnowledgeGraph graph, string target, int maxHops, HashSet<string> allowed, HashSet<string> avoid, ref int budget)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [target] = 0 };
        var frontier = new List<string> { target };
        for (var hops = 1; hops <= maxHops && frontier.Count > 0; hops++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
                foreach (var relation in graph.Incoming(id))
                {
                    if (--budget < 0) return distance;
                    var source = relation.SubjectId;
                    if (!allowed.Contains(relation.PredicateId) || avoid.Contains(source) || distance.ContainsKey(source)) continue;
                    distance[source] = hops;
                    next.Add(source);
                }
            frontier = next;
        }
        return distance;
    }
}
