using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// A graph's relations as columns, sorted by id (ordinal): ids in one character buffer, subject and object as dense
/// entity ids, the predicate as an index into the distinct predicate ids, and the rest (qualifiers, evidence,
/// provenance, knowledge, aspects, context) as an index into shared payload templates. Records are built on demand.
/// </summary>
internal sealed class RelationColumns
{
    private readonly char[] _idChars;
    private readonly int[] _idStart;
    private readonly string[] _predicateIds;
    private readonly int[] _predicate;

    internal RelationColumns(char[] idChars, int[] idStart, int[] subject, int[] @object, string[] predicateIds, int[] predicate, int[] payload, Relation[] templates)
    {
        (_idChars, _idStart, Subject, Object, _predicateIds, _predicate, Payload, Templates) = (idChars, idStart, subject, @object, predicateIds, predicate, payload, templates);
        Count = subject.Length;
    }

    public int Count { get; }

    /// <summary>Every id, back to back; relation r's is <see cref="IdStart"/>[r] … [r+1]-1 (what snapshots write).</summary>
    public char[] IdChars => _idChars;

    public int[] IdStart => _idStart;

    /// <summary>Each relation's index into <see cref="PredicateIds"/>.</summary>
    public int[] PredicateIndices => _predicate;

    /// <summary>Dense entity id of each relation's subject.</summary>
    public int[] Subject { get; }

    /// <summary>Dense entity id of each relation's object.</summary>
    public int[] Object { get; }

    /// <summary>Index into <see cref="Templates"/> of each relation's payload.</summary>
    public int[] Payload { get; }

    public Relation[] Templates { get; }

    /// <summary>The distinct predicate ids the relations use.</summary>
    public IReadOnlyList<string> PredicateIds => _predicateIds;

    /// <summary>Index into <see cref="PredicateIds"/> of each relation's predicate.</summary>
    public int PredicateIndex(int relation) => _predicate[relation];

    public string PredicateId(int relation) => _predicateIds[_predicate[relation]];

    public ReadOnlySpan<char> IdSpan(int relation) => _idChars.AsSpan(_idStart[relation], _idStart[relation + 1] - _idStart[relation]);

    public Relation RelationAt(int relation, IReadOnlyList<Entity> entities) =>
        Templates[Payload[relation]] with
        {
            Id = IdSpan(relation).ToString(),
            SubjectId = entities[Subject[relation]].Id,
            PredicateId = PredicateId(relation),
            ObjectId = entities[Object[relation]].Id,
        };

    /// <summary>Binary search over the sorted ids; -1 when absent.</summary>
    public int Find(ReadOnlySpan<char> id) => IdOrder.Find(0, Count, id, IdSpan);

    /// <summary>The builder's relations sorted by id, with entity ids resolved to dense ids (a relation naming an unknown entity throws).</summary>
    public static RelationColumns Build(RelationColumnsBuilder builder, IReadOnlyDictionary<string, int> entityIndex)
    {
        var order = IdOrder.Of(builder.Count, (x, y) => builder.IdSpan(x).SequenceCompareTo(builder.IdSpan(y)));
        var count = order.Length;
        var idStart = new int[count + 1];
        for (var at = 0; at < count; at++) idStart[at + 1] = idStart[at] + builder.IdSpan(order[at]).Length;
        var idChars = new char[idStart[count]];
        var subject = new int[count];
        var @object = new int[count];
        var predicate = new int[count];
        var payload = new int[count];
        // Each distinct name resolved once: to a dense entity id, and to a predicate number.
        var names = builder.Names;
        var entityOf = new int[names.Count];
        for (var n = 0; n < names.Count; n++) entityOf[n] = entityIndex.GetValueOrDefault(names[n], -1);
        var predicateIds = new List<string>();
        var predicateOf = new int[names.Count];
        Array.Fill(predicateOf, -1);
        for (var at = 0; at < count; at++)
        {
            var r = order[at];
            var id = builder.IdSpan(r);
            id.CopyTo(idChars.AsSpan(idStart[at]));
            if (at > 0 && id.SequenceEqual(idChars.AsSpan(idStart[at - 1], idStart[at] - idStart[at - 1])))
                throw new InvalidOperationException($"Two relations have the id '{id}'.");
            subject[at] = Entity(entityOf, names, builder.Subject(r), id);
            @object[at] = Entity(entityOf, names, builder.Object(r), id);
            var p = builder.Predicate(r);
            if (predicateOf[p] < 0)
            {
                predicateOf[p] = predicateIds.Count;
                predicateIds.Add(names[p]);
            }
            predicate[at] = predicateOf[p];
            payload[at] = builder.Payload(r);
        }
        return new RelationColumns(idChars, idStart, subject, @object, [.. predicateIds], predicate, payload, [.. builder.Templates]);
    }

    private static int Entity(int[] entityOf, IReadOnlyList<string> names, int name, ReadOnlySpan<char> relationId) =>
        entityOf[name] >= 0 ? entityOf[name]
            : throw new InvalidOperationException($"Relation '{relationId}' names entity '{names[name]}', which the graph does not hold.");
}
