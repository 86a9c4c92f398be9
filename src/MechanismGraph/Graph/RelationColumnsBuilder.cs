using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// Relations gathered as columns while a graph is built (seed loading, imports): ids in one character buffer, entity and
/// predicate ids as numbers into a table of names, and everything else as an index into a table of payload templates,
/// so millions of relations cost a handful of arrays without references rather than millions of objects the collector
/// must trace.
/// </summary>
internal sealed class RelationColumnsBuilder
{
    private char[] _idChars = new char[1024];
    private int[] _idStart = new int[65];
    private int[] _subjects = new int[64];
    private int[] _objects = new int[64];
    private int[] _predicates = new int[64];
    private int[] _payloads = new int[64];
    private readonly List<Relation> _templates = [];
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _nameNumbers = new(StringComparer.Ordinal);
    private readonly RelationIdSet _ids;
    private int _scratchLength;

    public RelationColumnsBuilder() => _ids = new RelationIdSet(this);

    /// <summary>A builder holding the relations of an existing graph, to which an import adds its own.</summary>
    public RelationColumnsBuilder(RelationColumns existing, IReadOnlyList<Entity> entities) : this()
    {
        _templates.AddRange(existing.Templates);
        EnsureCapacity(existing.Count, 0);
        for (var r = 0; r < existing.Count; r++)
            Add(existing.IdSpan(r), Name(entities[existing.Subject[r]].Id), Name(existing.PredicateId(r)), Name(entities[existing.Object[r]].Id), existing.Payload[r]);
    }

    public int Count { get; private set; }

    public IReadOnlyList<Relation> Templates => _templates;

    /// <summary>The distinct entity and predicate ids the relations name.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>A relation's id; -1 stands for the id <see cref="HasId"/> was last asked about.</summary>
    public ReadOnlySpan<char> IdSpan(int index) =>
        index < 0 ? _idChars.AsSpan(_idStart[Count], _scratchLength) : _idChars.AsSpan(_idStart[index], _idStart[index + 1] - _idStart[index]);

    /// <summary>Number (into <see cref="Names"/>) of a relation's subject, object, predicate.</summary>
    public int Subject(int index) => _subjects[index];
    public int Object(int index) => _objects[index];
    public int Predicate(int index) => _predicates[index];
    public int Payload(int index) => _payloads[index];

    /// <summary>The number of an entity or predicate id (equal ids, one number), added on first use.</summary>
    public int Name(string name)
    {
        if (!_nameNumbers.TryGetValue(name, out var number))
        {
            _nameNumbers[name] = number = _names.Count;
            _names.Add(name);
        }
        return number;
    }

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
    public void Add(Relation relation) =>
        Add(relation.Id, Name(relation.SubjectId), Name(relation.PredicateId), Name(relation.ObjectId), AddTemplate(relation));

    /// <summary>Adds a relation by id, name numbers and payload template; a repeated id throws.</summary>
    public void Add(ReadOnlySpan<char> id, int subject, int predicate, int @object, int payload)
    {
        Reserve(id.Length);
        if (Count + 1 >= _subjects.Length) EnsureCapacity(_subjects.Length * 2, 0);
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

    /// <summary>Room for this many relations and id characters in all: sized once, no doubling (each copy of a large array is a large allocation).</summary>
    public void EnsureCapacity(int relations, long idChars)
    {
        if (relations >= _subjects.Length)
        {
            Array.Resize(ref _subjects, relations + 1);
            Array.Resize(ref _objects, relations + 1);
            Array.Resize(ref _predicates, relations + 1);
            Array.Resize(ref _payloads, relations + 1);
            Array.Resize(ref _idStart, relations + 2);
        }
        if (idChars > _idChars.Length) Array.Resize(ref _idChars, (int)Math.Min(idChars, Array.MaxLength));
    }

    /// <summary>Points a relation at another payload template (an import merging a repeated edge's publications).</summary>
    public void SetPayload(int index, int payload) => _payloads[index] = payload;

    /// <summary>The relation as a record, built on demand.</summary>
    public Relation RelationAt(int index) =>
        _templates[_payloads[index]] with
        {
            Id = IdSpan(index).ToString(), SubjectId = _names[_subjects[index]], PredicateId = _names[_predicates[index]], ObjectId = _names[_objects[index]],
        };

    private void Reserve(int length)
    {
        var needed = _idStart[Count] + length;
        if (needed > _idChars.Length) Array.Resize(ref _idChars, Math.Max(needed, _idChars.Length * 2));
    }
}
