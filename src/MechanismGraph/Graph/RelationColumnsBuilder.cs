using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// Relations gathered as columns while a graph is built (seed loading, imports): ids in one character buffer, entity and
/// predicate ids as references to shared strings, and everything else as an index into a table of payload templates,
/// so millions of relations cost a handful of arrays rather than millions of objects the collector must trace.
/// </summary>
internal sealed class RelationColumnsBuilder
{
    private char[] _idChars = new char[1024];
    private int[] _idStart = new int[65];
    private string[] _subjects = new string[64];
    private string[] _objects = new string[64];
    private string[] _predicates = new string[64];
    private int[] _payloads = new int[64];
    private readonly List<Relation> _templates = [];
    private readonly HashSet<int> _ids;
    private int _scratchLength;

    public RelationColumnsBuilder() => _ids = new HashSet<int>(new IdComparer(this));

    /// <summary>A builder holding the relations of an existing graph, to which an import adds its own.</summary>
    public RelationColumnsBuilder(RelationColumns existing, IReadOnlyList<Entity> entities) : this()
    {
        _templates.AddRange(existing.Templates);
        for (var r = 0; r < existing.Count; r++)
            Add(existing.IdSpan(r), entities[existing.Subject[r]].Id, existing.PredicateId(r), entities[existing.Object[r]].Id, existing.Payload[r]);
    }

    public int Count { get; private set; }

    public IReadOnlyList<Relation> Templates => _templates;

    public ReadOnlySpan<char> IdSpan(int index) =>
        index < 0 ? _idChars.AsSpan(_idStart[Count], _scratchLength) : _idChars.AsSpan(_idStart[index], _idStart[index + 1] - _idStart[index]);

    public string Subject(int index) => _subjects[index];
    public string Object(int index) => _objects[index];
    public string Predicate(int index) => _predicates[index];
    public int Payload(int index) => _payloads[index];

    /// <summary>True when a relation already added has this id.</summary>
    public bool HasId(ReadOnlySpan<char> id)
    {
        Reserve(id.Length);
        id.CopyTo(_idChars.AsSpan(_idStart[Count]));
        _scratchLength = id.Length;
        return _ids.Contains(-1);
    }

    /// <summary>Adds a payload template (a relation whose id, subject, predicate and object are ignored); returns its index.</summary>
    public int AddTemplate(Relation template)
    {
        _templates.Add(template);
        return _templates.Count - 1;
    }

    /// <summary>Adds a whole relation: it is its own template.</summary>
    public void Add(Relation relation) => Add(relation.Id, relation.SubjectId, relation.PredicateId, relation.ObjectId, AddTemplate(relation));

    public void Add(ReadOnlySpan<char> id, string subject, string predicate, string @object, int payload)
    {
        Reserve(id.Length);
        if (Count + 1 >= _subjects.Length)
        {
            var size = _subjects.Length * 2;
            Array.Resize(ref _subjects, size);
            Array.Resize(ref _objects, size);
            Array.Resize(ref _predicates, size);
            Array.Resize(ref _payloads, size);
            Array.Resize(ref _idStart, size + 1);
        }
        var start = _idStart[Count];
        id.CopyTo(_idChars.AsSpan(start));
        _idStart[Count + 1] = start + id.Length;
        _subjects[Count] = subject;
        _objects[Count] = @object;
        _predicates[Count] = predicate;
        _payloads[Count] = payload;
        if (!_ids.Add(Count)) throw new InvalidOperationException($"Two relations have the id '{id}'.");
        Count++;
    }

    /// <summary>Points a relation at another payload template (an import merging a repeated edge's publications).</summary>
    public void SetPayload(int index, int payload) => _payloads[index] = payload;

    /// <summary>The relation as a record, built on demand.</summary>
    public Relation RelationAt(int index) =>
        _templates[_payloads[index]] with { Id = IdSpan(index).ToString(), SubjectId = _subjects[index], PredicateId = _predicates[index], ObjectId = _objects[index] };

    private void Reserve(int length)
    {
        var needed = _idStart[Count] + length;
        if (needed > _idChars.Length) Array.Resize(ref _idChars, Math.Max(needed, _idChars.Length * 2));
    }

    /// <summary>Relation ids compared in the character buffer; -1 stands for the id being looked up.</summary>
    private sealed class IdComparer(RelationColumnsBuilder owner) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => owner.IdSpan(x).SequenceEqual(owner.IdSpan(y));

        public int GetHashCode(int index) => string.GetHashCode(owner.IdSpan(index));
    }
}
