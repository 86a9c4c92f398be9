using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// Bounded enumeration of simple directed paths, shortest first. A bidirectional breadth-first search first grows
/// layers from the source and towards the target, always on the side whose next layer is cheaper, until together they
/// span maxHops: that gives the exact shortest length and each node's distance to the target within the backward
/// layers. Iterative deepening DFS then enumerates paths of each length, pruned by those distances; inside the backward
/// ball it follows only the relations the backward search already saw. One work budget (relations looked at) bounds both.
/// </summary>
internal static class EmbeddedPathSearch
{
    public static PathSearchResult Run(KnowledgeGraph graph, PathSearch search, CancellationToken cancellationToken)
    {
        var allowed = search.Predicates.ToHashSet(StringComparer.Ordinal);
        var avoid = search.Avoid.ToHashSet(StringComparer.Ordinal);
        if (avoid.Contains(search.FromId) || avoid.Contains(search.ToId) || search.MaxPaths <= 0 || search.FromId == search.ToId)
            return new PathSearchResult([], false);

        var layers = new Layers(graph, search, allowed, avoid, cancellationToken);
        if (!layers.Grow()) return new PathSearchResult([], true);
        if (layers.Shortest() is not { } shortest) return new PathSearchResult([], false);

        var enumeration = new Enumeration(graph, search, allowed, layers, cancellationToken);
        for (var length = shortest; length <= search.MaxHops && !enumeration.Truncated && enumeration.Found.Count < search.MaxPaths; length++)
            enumeration.Extend(search.FromId, length);
        return new PathSearchResult(enumeration.Found, enumeration.Truncated);
    }

    /// <summary>The two searches' layers: forward distances from the source, backward distances to the target, and the relations into the backward ball.</summary>
    private sealed class Layers(KnowledgeGraph graph, PathSearch search, HashSet<string> allowed, HashSet<string> avoid, CancellationToken cancellationToken)
    {
        public Dictionary<string, int> FromSource { get; } = new(StringComparer.Ordinal) { [search.FromId] = 0 };
        public Dictionary<string, int> ToTarget { get; } = new(StringComparer.Ordinal) { [search.ToId] = 0 };
        /// <summary>For each entity, its allowed relations into an entity of the backward layers 0 … <see cref="BackwardDepth"/>-1.</summary>
        public Dictionary<string, List<Relation>> IntoBall { get; } = new(StringComparer.Ordinal);
        public int BackwardDepth { get; private set; }
        public int Budget { get; set; } = search.MaxExpansions;

        private List<string> _forward = [search.FromId];
        private List<string> _backward = [search.ToId];

        /// <summary>Grows layers until they span maxHops (or a side runs dry); false when the budget ran out first.</summary>
        public bool Grow()
        {
            var forwardDepth = 0;
            while (forwardDepth + BackwardDepth < search.MaxHops && _forward.Count > 0 && _backward.Count > 0)
            {
                // The cheaper side grows: the sum of its frontier's degrees is exactly the work of its next layer.
                var forwardCost = _forward.Sum(id => (long)graph.Outgoing(id).Count);
                var backwardCost = _backward.Sum(id => (long)graph.Incoming(id).Count);
                if (forwardCost <= backwardCost)
                {
                    if (!Step(ref _forward, FromSource, ++forwardDepth, Direction.Outgoing)) return false;
                }
                else if (!Step(ref _backward, ToTarget, ++BackwardDepth, Direction.Incoming)) return false;
            }
            return true;
        }

        /// <summary>The shortest path length: where the two searches meet, the least sum of distances (null: they do not meet).</summary>
        public int? Shortest()
        {
            int? best = null;
            foreach (var (id, fromSource) in FromSource)
                if (ToTarget.TryGetValue(id, out var toTarget) && fromSource + toTarget is var length && length > 0 && (best is null || length < best))
                    best = length;
            return best is { } b && b <= search.MaxHops ? b : null;
        }

        private bool Step(ref List<string> frontier, Dictionary<string, int> distances, int depth, Direction direction)
        {
            var next = new List<string>();
            foreach (var id in frontier)
                foreach (var relation in direction == Direction.Outgoing ? graph.Outgoing(id) : graph.Incoming(id))
                {
                    if (--Budget < 0) return false;
                    if ((Budget & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    var other = direction == Direction.Outgoing ? relation.ObjectId : relation.SubjectId;
                    if (!allowed.Contains(relation.PredicateId) || avoid.Contains(other)) continue;
                    if (direction == Direction.Incoming)
                    {
                        if (!IntoBall.TryGetValue(other, out var into)) IntoBall[other] = into = [];
                        into.Add(relation);
                    }
                    if (distances.TryAdd(other, depth)) next.Add(other);
                }
            frontier = next;
            return true;
        }
    }

    /// <summary>The depth-first enumeration of simple paths of one length at a time, sharing the layers' remaining budget.</summary>
    private sealed class Enumeration(KnowledgeGraph graph, PathSearch search, HashSet<string> allowed, Layers layers, CancellationToken cancellationToken)
    {
        private readonly List<Relation> _steps = [];
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal) { search.FromId };
        private readonly HashSet<string> _avoid = search.Avoid.ToHashSet(StringComparer.Ordinal);

        public List<IReadOnlyList<Relation>> Found { get; } = [];
        public bool Truncated { get; private set; }

        /// <summary>Paths of exactly <paramref name="remaining"/> more steps from <paramref name="at"/> to the target; false when the budget ran out.</summary>
        public bool Extend(string at, int remaining)
        {
            // Inside the backward ball only relations into it can still arrive in time, and the backward search listed them.
            var inBall = remaining <= layers.BackwardDepth;
            IReadOnlyList<Relation> candidates = inBall ? layers.IntoBall.GetValueOrDefault(at) ?? [] : graph.Outgoing(at);
            foreach (var relation in candidates)
            {
                if (--layers.Budget < 0) { Truncated = true; return false; }
                if ((layers.Budget & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                var next = relation.ObjectId;
                if (!inBall && (!allowed.Contains(relation.PredicateId) || _avoid.Contains(next))) continue;
                if (_onPath.Contains(next) || !CanArrive(next, remaining - 1)) continue;
                _steps.Add(relation);
                if (remaining == 1)
                {
                    if (next == search.ToId) Found.Add(_steps.ToArray());
                }
                else if (next != search.ToId)
                {
                    _onPath.Add(next);
                    var ok = Extend(next, remaining - 1);
                    _onPath.Remove(next);
                    if (!ok) { _steps.RemoveAt(_steps.Count - 1); return false; }
                }
                _steps.RemoveAt(_steps.Count - 1);
                if (Found.Count >= search.MaxPaths) return true;
            }
            return true;
        }

        // Within the backward layers the distance is exact; beyond them it is at least one more than their depth.
        private bool CanArrive(string id, int steps) =>
            layers.ToTarget.TryGetValue(id, out var distance) ? distance <= steps : steps > layers.BackwardDepth;
    }
}
