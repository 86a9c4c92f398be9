using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// InfluenceFinder's layered walk over the CSR topology with pooled scratch. Same answer by construction: the best chain
/// to an entity is the minimum of a total order (indirect steps, inferred steps, more evidence, then relation ids step by
/// step), so the scan order does not change it; a layer the cap cuts admits the entities the general walk would meet
/// first (frontier position, then relation id), and the next frontier keeps that order.
/// </summary>
internal static class EmbeddedInfluenceWalk
{
    public static InfluenceWalk Run(
        KnowledgeGraph graph, RelationTraits traits, string startId, Direction direction, int maxHops,
        IReadOnlyCollection<string> predicates, int maxEntities, CancellationToken cancellationToken)
    {
        var start = graph.EntityIndex(startId);
        if (start < 0) return new InfluenceWalk([], false);
        var topology = graph.Topology;
        var (rowStart, rowEntity, rowRelation, rowPredicate) = direction == Direction.Outgoing
            ? (topology.OutStart, topology.OutEntity, topology.OutRelation, topology.OutPredicate)
            : (topology.InStart, topology.InEntity, topology.InRelation, topology.InPredicate);
        var s = InfluenceScratch.Rent(topology);
        try
        {
            var stamp = s.NewStamp();
            PredicateMask.Fill(s.Allowed, graph.Predicates, predicates);
            s.Seen[start] = stamp;
            s.Layer[start] = 0;
            (s.Rank[start], s.Indirect[start], s.Inferred[start], s.Evidence[start]) = (0, 0, 0, 0);
            s.Frontier.Add(start);
            var reached = new List<int>();
            var truncated = false;
            for (var layer = 1; layer <= maxHops && s.Frontier.Count > 0 && !truncated; layer++)
            {
                s.Next.Clear();
                var room = maxEntities - reached.Count;
                var cut = false;
                for (var position = 0; position < s.Frontier.Count; position++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var from = s.Frontier[position];
                    for (var at = rowStart[from]; at < rowStart[from + 1]; at++)
                    {
                        if (rowPredicate[at] is var p && (p == GraphTopology.UnknownPredicate || !s.Allowed[p])) continue;
                        var to = rowEntity[at];
                        var relation = rowRelation[at];
                        var key = ((long)position << 32) | (uint)relation;
                        if (s.Seen[to] != stamp)
                        {
                            if (cut)
                            {
                                truncated = true;
                                continue;
                            }
                            s.Seen[to] = stamp;
                            s.Layer[to] = (byte)layer;
                            (s.Parent[to], s.Via[to], s.FirstReach[to]) = (from, relation, key);
                            s.Next.Add(to);
                            continue;
                        }
                        if (s.Layer[to] != layer) continue;
                        if (key < s.FirstReach[to]) s.FirstReach[to] = key;
                        if (Better(s, traits, from, relation, s.Parent[to], s.Via[to])) (s.Parent[to], s.Via[to]) = (from, relation);
                    }
                    // A later row's new entity sorts after every one met so far: once those fill the room, the layer's
                    // admitted set is known, and the rest of the scan only improves the admitted entities' chains.
                    if (!cut && s.Next.Count >= room)
                    {
                        cut = true;
                        truncated |= Admit(s, room);
                    }
                }
                var next = InFirstReachOrder(s);
                if (next.Length > room)
                {
                    truncated = true;
                    next = next[..room];
                }
                foreach (var e in next)
                {
                    var (parent, via) = (s.Parent[e], s.Via[e]);
                    s.Indirect[e] = s.Indirect[parent] + ((traits.Flags[via] & RelationTraits.Indirect) != 0 ? 1 : 0);
                    s.Inferred[e] = s.Inferred[parent] + ((traits.Flags[via] & RelationTraits.Inferred) != 0 ? 1 : 0);
                    s.Evidence[e] = s.Evidence[parent] + traits.Evidence[via];
                }
                // Chains of one layer have equal length: ranking them once makes the next layer's tie-break two int comparisons.
                var byChain = (int[])next.Clone();
                var chainKeys = new long[byChain.Length];
                for (var i = 0; i < byChain.Length; i++) chainKeys[i] = ((long)s.Rank[s.Parent[byChain[i]]] << 32) | (uint)s.Via[byChain[i]];
                Array.Sort(chainKeys, byChain);
                for (var i = 0; i < byChain.Length; i++) s.Rank[byChain[i]] = i;
                reached.AddRange(next);
                s.Frontier.Clear();
                s.Frontier.AddRange(next);
            }
            return new InfluenceWalk(Chains(graph, s, reached), truncated);
        }
        finally
        {
            s.Return();
        }
    }

    /// <summary>
    /// Keeps the <paramref name="room"/> new entities met first (frontier position, then relation) and marks the others
    /// out of every layer, so later relations to them are skipped; true when any was turned away.
    /// </summary>
    private static bool Admit(InfluenceScratch s, int room)
    {
        if (s.Next.Count <= room) return false;
        var next = InFirstReachOrder(s);
        for (var i = room; i < next.Length; i++) s.Layer[next[i]] = InfluenceScratch.NoLayer;
        s.Next.Clear();
        s.Next.AddRange(next.AsSpan(0, room));
        return true;
    }

    /// <summary>The layer's new entities in the order the general walk meets them (frontier position, then relation).</summary>
    private static int[] InFirstReachOrder(InfluenceScratch s)
    {
        // Primitive keys, sorted in place: a hub's layer holds tens of thousands of entities.
        var next = s.Next.ToArray();
        var keys = new long[next.Length];
        for (var i = 0; i < next.Length; i++) keys[i] = s.FirstReach[next[i]];
        Array.Sort(keys, next);
        return next;
    }

    /// <summary>InfluenceFinder.Better over the scratch: the candidate chain (to <paramref name="from"/>, then the relation) against the current one.</summary>
    private static bool Better(InfluenceScratch s, RelationTraits traits, int from, int relation, int currentFrom, int currentRelation)
    {
        var byIndirect = (s.Indirect[from] + (traits.Flags[relation] & RelationTraits.Indirect))
            .CompareTo(s.Indirect[currentFrom] + (traits.Flags[currentRelation] & RelationTraits.Indirect));
        if (byIndirect != 0) return byIndirect < 0;
        var byInferred = (s.Inferred[from] + ((traits.Flags[relation] & RelationTraits.Inferred) >> 1))
            .CompareTo(s.Inferred[currentFrom] + ((traits.Flags[currentRelation] & RelationTraits.Inferred) >> 1));
        if (byInferred != 0) return byInferred < 0;
        var byEvidence = (s.Evidence[from] + traits.Evidence[relation]).CompareTo(s.Evidence[currentFrom] + traits.Evidence[currentRelation]);
        if (byEvidence != 0) return byEvidence > 0;
        var byChain = s.Rank[from].CompareTo(s.Rank[currentFrom]);
        return byChain != 0 ? byChain < 0 : relation < currentRelation;
    }

    /// <summary>
    /// Each reached entity's chain, from the start, as the relations themselves: only the answer is materialised, each
    /// relation once (a chain is its parent's chain plus one step, and parents are reached in an earlier layer).
    /// </summary>
    private static IReadOnlyList<Relation>[] Chains(KnowledgeGraph graph, InfluenceScratch s, List<int> reached)
    {
        var chains = new Relation[reached.Count][];
        for (var i = 0; i < reached.Count; i++)
        {
            var e = reached[i];
            var step = graph.RelationAt(s.Via[e]);
            // The walk is over, so Rank is free to hold each entity's position in the answer.
            s.Rank[e] = i;
            chains[i] = s.Layer[e] == 1 ? [step] : [.. chains[s.Rank[s.Parent[e]]], step];
        }
        return chains;
    }
}
