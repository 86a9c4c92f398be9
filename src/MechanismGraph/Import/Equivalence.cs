namespace MechanismGraph.Import;

/// <summary>
/// Sets of ids that name the same thing (union-find): node ids joined by <c>same_as</c> / <c>xref</c> columns and by
/// SSSOM exact matches, and the CURIEs of curated entities. A set holds at most one curated entity: a join that would
/// put two curated entities together is refused (the curation says they differ).
/// </summary>
internal sealed class Equivalence
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<int> _parent = [];
    private readonly Dictionary<int, string> _curatedByRoot = [];

    public int Count => _ids.Count;

    public int Add(string id)
    {
        if (_index.TryGetValue(id, out var i)) return i;
        i = _ids.Count;
        _index[id] = i;
        _ids.Add(id);
        _parent.Add(i);
        return i;
    }

    public bool Contains(string id) => _index.ContainsKey(id);

    public void MarkCurated(string id, string entityId) => _curatedByRoot[Root(Add(id))] = entityId;

    /// <summary>Joins the sets of two ids; null when done, otherwise why it was refused.</summary>
    public string? Join(string a, string b)
    {
        int ra = Root(Add(a)), rb = Root(Add(b));
        if (ra == rb) return null;
        var ca = _curatedByRoot.GetValueOrDefault(ra);
        var cb = _curatedByRoot.GetValueOrDefault(rb);
        if (ca is not null && cb is not null) return $"'{a}' = '{b}' would make the curated entities '{ca}' and '{cb}' one; not joined";
        // The lower index (the id seen first) stays the root, so a set's first id is stable.
        var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[child] = root;
        if ((ca ?? cb) is { } curated) { _curatedByRoot.Remove(child); _curatedByRoot[root] = curated; }
        return null;
    }

    /// <summary>The curated entity of the id's set, if any.</summary>
    public string? Curated(string id) => _index.TryGetValue(id, out var i) ? _curatedByRoot.GetValueOrDefault(Root(i)) : null;

    public int RootOf(string id) => Root(_index[id]);

    /// <summary>Every id with its set's root index.</summary>
    public IEnumerable<(string Id, int Root)> Members() => _ids.Select((id, i) => (id, Root(i)));

    private int Root(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]]; // path halving
            i = _parent[i];
        }
        return i;
    }
}
