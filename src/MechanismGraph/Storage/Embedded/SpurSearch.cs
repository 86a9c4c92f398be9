using MechanismGraph.Graph;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// The least path from one entity to the target in the order (hops, then relation ids lexicographically), in the graph
/// restricted to the allowed predicates, minus blocked entities and minus a few removed relations leaving the start.
/// A bidirectional breadth-first search grows whole layers, always on the side whose next layer scans fewer relations,
/// until the two meet: the first meeting after a whole layer gives the exact shortest length a + b, and every shortest
/// path then passes, at hop a, through an entity at forward distance a and backward distance b. The least one is read
/// greedily: forwards (a depth-first walk in relation order that marks entities which cannot reach such a meeting point),
/// then backwards-labelled entities one hop nearer the target each step, lowest relation first.
/// </summary>
internal sealed class SpurSearch(SearchScratch scratch, int target, WorkBudget budget)
{
    /// <summary>What one binary search in a row is charged, in relations scanned.</summary>
    private const int LookupCost = 8;

    private readonly GraphTopology _g = scratch.Topology;
    private readonly List<int> _path = [];
    private int _start;
    private int _meetForward;
    private int _meetBackward;
    private IReadOnlyCollection<int> _removed = [];

    /// <summary>
    /// The least path from <paramref name="start"/>, at most <paramref name="limit"/> hops, as outgoing CSR entries (<see cref="GraphTopology.OutRelation"/>,
    /// <see cref="GraphTopology.OutEntity"/>); null when there is
    /// none or the budget ran out (see <see cref="WorkBudget.Exhausted"/>). Blocked entities must be stamped by the caller
    /// with <paramref name="stamp"/> (from <see cref="SearchScratch.NewStamp"/>).
    /// </summary>
    public int[]? Find(int start, int limit, IReadOnlyCollection<int> removedRelations, int stamp)
    {
        _start = start;
        _removed = removedRelations;
        if (limit < 1 || scratch.BlockedStamp[start] == stamp) return null;
        scratch.ForwardStamp[start] = stamp;
        scratch.ForwardDistance[start] = 0;
        scratch.BackwardStamp[target] = stamp;
        scratch.BackwardDistance[target] = 0;
        var forward = scratch.Frontier;
        var backward = scratch.OtherFrontier;
        forward.Clear();
        backward.Clear();
        forward.Add(start);
        backward.Add(target);
        int a = 0, b = 0;
        while (a + b < limit)
        {
            long forwardCost = 0, backwardCost = 0;
            foreach (var e in forward) forwardCost += _g.OutDegree(e);
            foreach (var e in backward) backwardCost += _g.InDegree(e);
            bool met;
            // The last layer the bound allows only matters where it meets the other side: with few entities on both
            // frontiers, looking each pair up in the sorted rows is cheaper than scanning either side's relations.
            var lookupCost = (long)forward.Count * backward.Count * LookupCost;
            if (a + b + 1 == limit && lookupCost < Math.Min(forwardCost, backwardCost)) { met = Lookup(forward, backward, ++a, stamp); }
            else if (forwardCost <= backwardCost) { met = ExpandForward(forward, ++a, stamp); }
            else { met = ExpandBackward(backward, ++b, stamp); }
            if (budget.Exhausted) return null;
            if (met)
            {
                _meetForward = a;
                _meetBackward = b;
                return Read(stamp);
            }
            if (forward.Count == 0 || backward.Count == 0) return null;
        }
        return null;
    }

    /// <summary>A step from <paramref name="from"/> into <paramref name="to"/> by this relation may be taken.</summary>
    private bool Usable(int relation, ushort predicate, int from, int to, int stamp) =>
        predicate != GraphTopology.UnknownPredicate && scratch.Allowed[predicate]
        && scratch.BlockedStamp[to] != stamp && (from != _start || _removed.Count == 0 || !_removed.Contains(relation));

    private bool ExpandForward(List<int> frontier, int depth, int stamp)
    {
        var next = scratch.Next;
        next.Clear();
        var met = false;
        foreach (var e in frontier)
        {
            int end = _g.OutStart[e + 1], begin = _g.OutStart[e];
            if (!budget.Spend(end - begin)) return false;
            for (var i = begin; i < end; i++)
            {
                var to = _g.OutEntity[i];
                if (scratch.ForwardStamp[to] == stamp || !Usable(_g.OutRelation[i], _g.OutPredicate[i], e, to, stamp)) continue;
                scratch.ForwardStamp[to] = stamp;
                scratch.ForwardDistance[to] = (byte)depth;
                next.Add(to);
                if (scratch.BackwardStamp[to] == stamp) met = true;
            }
        }
        frontier.Clear();
        frontier.AddRange(next);
        return met;
    }

    /// <summary>Labels, at forward <paramref name="depth"/>, the entities of the backward frontier that a forward-frontier entity has a usable relation to.</summary>
    private bool Lookup(List<int> forward, List<int> backward, int depth, int stamp)
    {
        if (!budget.Spend(forward.Count * backward.Count * LookupCost)) return false;
        var met = false;
        foreach (var from in forward)
            foreach (var to in backward)
            {
                if (scratch.ForwardStamp[to] == stamp) continue;
                for (int i = GraphTopology.LowerBound(_g.OutStart, _g.OutEntity, from, to), end = _g.OutStart[from + 1]; i < end && _g.OutEntity[i] == to; i++)
                {
                    if (!Usable(_g.OutRelation[i], _g.OutPredicate[i], from, to, stamp)) continue;
                    scratch.ForwardStamp[to] = stamp;
                    scratch.ForwardDistance[to] = (byte)depth;
                    met = true;
                    break;
                }
            }
        return met;
    }

    private bool ExpandBackward(List<int> frontier, int depth, int stamp)
    {
        var next = scratch.Next;
        next.Clear();
        var met = false;
        foreach (var e in frontier)
        {
            int end = _g.InStart[e + 1], begin = _g.InStart[e];
            if (!budget.Spend(end - begin)) return false;
            for (var i = begin; i < end; i++)
            {
                var from = _g.InEntity[i];
                if (scratch.BackwardStamp[from] == stamp || !Usable(_g.InRelation[i], _g.InPredicate[i], from, to: from, stamp)) continue;
                scratch.BackwardStamp[from] = stamp;
                scratch.BackwardDistance[from] = (byte)depth;
                next.Add(from);
                if (scratch.ForwardStamp[from] == stamp) met = true;
            }
        }
        frontier.Clear();
        frontier.AddRange(next);
        return met;
    }

    /// <summary>Reads the least shortest path once the layers met at forward depth a, backward depth b.</summary>
    private int[]? Read(int stamp)
    {
        _path.Clear();
        if (!Forward(_start, 0, stamp)) return null; // cannot happen: a meeting point exists
        var at = _path.Count == 0 ? _start : _g.OutEntity[_path[^1]];
        for (var remaining = _meetBackward; remaining > 0; remaining--)
        {
            var found = -1;
            for (int i = _g.OutStart[at], end = _g.OutStart[at + 1]; i < end; i++)
            {
                var to = _g.OutEntity[i];
                if (scratch.BackwardStamp[to] != stamp || scratch.BackwardDistance[to] != remaining - 1
                    || !Usable(_g.OutRelation[i], _g.OutPredicate[i], at, to, stamp)) continue;
                found = i;
                break;
            }
            if (found < 0) return null; // cannot happen: a backward label has a successor one nearer
            _path.Add(found);
            at = _g.OutEntity[found];
        }
        return _path.ToArray();
    }

    /// <summary>Depth-first in relation order through forward layers to a meeting point; entities that fail are marked dead.</summary>
    private bool Forward(int at, int depth, int stamp)
    {
        if (depth == _meetForward)
            return scratch.BackwardStamp[at] == stamp && scratch.BackwardDistance[at] == _meetBackward;
        for (int i = _g.OutStart[at], end = _g.OutStart[at + 1]; i < end; i++)
        {
            var to = _g.OutEntity[i];
            if (scratch.ForwardStamp[to] != stamp || scratch.ForwardDistance[to] != depth + 1 || scratch.DeadStamp[to] == stamp
                || !Usable(_g.OutRelation[i], _g.OutPredicate[i], at, to, stamp)) continue;
            _path.Add(i);
            if (Forward(to, depth + 1, stamp)) return true;
            _path.RemoveAt(_path.Count - 1);
            scratch.DeadStamp[to] = stamp;
        }
        return false;
    }
}
