namespace MechanismGraph.Graph;

/// <summary>
/// The ids of a <see cref="RelationColumnsBuilder"/>'s relations, for uniqueness. Files list their edges in id order (or
/// in a few ordered runs: the seed's, then an import's), so while there are few runs an id is looked up by binary search
/// in each run and a hash set (cache misses on every row at millions of rows) is built only when the order breaks down.
/// </summary>
internal sealed class RelationIdSet(RelationColumnsBuilder owner)
{
    private const int MaxRuns = 8;

    // Each run is the relations [start, end) whose ids ascend.
    private readonly List<(int Start, int End)> _runs = [];
    private HashSet<int>? _hashed;
    private readonly IdAt _idAt = owner.IdSpan; // one delegate, not one per lookup

    /// <summary>True when a relation's id (-1: the builder's scratch id) equals the id of a relation already added.</summary>
    public bool Contains(int relation)
    {
        if (_hashed is not null) return _hashed.Contains(relation);
        var id = owner.IdSpan(relation);
        foreach (var (start, end) in _runs)
            if (Find(start, end, id)) return true;
        return false;
    }

    /// <summary>Adds the relation numbered next; false when its id is taken.</summary>
    public bool Add(int relation)
    {
        if (_hashed is not null) return _hashed.Add(relation);
        if (Contains(relation)) return false;
        if (_runs.Count > 0 && _runs[^1].End == relation && owner.IdSpan(relation - 1).SequenceCompareTo(owner.IdSpan(relation)) < 0)
            _runs[^1] = (_runs[^1].Start, relation + 1);
        else if (_runs.Count < MaxRuns) _runs.Add((relation, relation + 1));
        else
        {
            _hashed = new HashSet<int>(relation + 1, new IdComparer(owner));
            for (var r = 0; r <= relation; r++) _hashed.Add(r);
        }
        return true;
    }

    private bool Find(int start, int end, ReadOnlySpan<char> id) =>
        // An id past either end of the run (the usual case for a file in id order) is not in it.
        owner.IdSpan(end - 1).SequenceCompareTo(id) >= 0 && owner.IdSpan(start).SequenceCompareTo(id) <= 0
        && IdOrder.Find(start, end, id, _idAt) >= 0;

    /// <summary>Relation ids compared in the builder's character buffer.</summary>
    private sealed class IdComparer(RelationColumnsBuilder owner) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => owner.IdSpan(x).SequenceEqual(owner.IdSpan(y));

        public int GetHashCode(int index) => string.GetHashCode(owner.IdSpan(index));
    }
}
