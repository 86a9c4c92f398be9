using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// The graph's shape in dense integers: entity i is <c>Entities[i]</c>, relation r is <c>Relations[r]</c> and predicate p
/// is <c>Predicates[p]</c> of the <see cref="KnowledgeGraph"/> (each sorted by id, so a smaller number is a smaller id).
/// Adjacency is compressed sparse rows, outgoing and incoming, each row in relation order, with the predicate beside each
/// entry so a predicate filter is one array test. 20 bytes per relation plus 8 per entity; payloads stay in the records.
/// </summary>
public sealed class GraphTopology
{
    /// <summary>Predicate number of a relation whose predicate the graph does not define: no filter ever allows it.</summary>
    public const ushort UnknownPredicate = ushort.MaxValue;

    internal GraphTopology(int entityCount, int predicateCount, int[] subjects, int[] objects, ushort[] predicates)
    {
        EntityCount = entityCount;
        PredicateCount = predicateCount;
        RelationCount = subjects.Length;
        (OutStart, OutEntity, OutRelation, OutPredicate) = Rows(entityCount, subjects, objects, predicates);
        (InStart, InEntity, InRelation, InPredicate) = Rows(entityCount, objects, subjects, predicates);
    }

    public int EntityCount { get; }
    public int PredicateCount { get; }
    public int RelationCount { get; }

    /// <summary>Entity e's outgoing relations are entries OutStart[e] … OutStart[e+1]-1.</summary>
    public int[] OutStart { get; }
    /// <summary>The object of each outgoing entry.</summary>
    public int[] OutEntity { get; }
    public int[] OutRelation { get; }
    public ushort[] OutPredicate { get; }

    /// <summary>Entity e's incoming relations are entries InStart[e] … InStart[e+1]-1.</summary>
    public int[] InStart { get; }
    /// <summary>The subject of each incoming entry.</summary>
    public int[] InEntity { get; }
    public int[] InRelation { get; }
    public ushort[] InPredicate { get; }

    /// <summary>Bytes the arrays hold: the topology's whole footprint.</summary>
    public long Bytes =>
        (OutStart.Length + InStart.Length) * sizeof(int) + (long)RelationCount * 2 * (2 * sizeof(int) + sizeof(ushort));

    public int OutDegree(int entity) => OutStart[entity + 1] - OutStart[entity];

    public int InDegree(int entity) => InStart[entity + 1] - InStart[entity];

    /// <summary>Counting sort by the row key: stable, so each row keeps relation order.</summary>
    private static (int[] Start, int[] Entity, int[] Relation, ushort[] Predicate) Rows(int entityCount, int[] rowOf, int[] otherOf, ushort[] predicates)
    {
        var start = new int[entityCount + 1];
        foreach (var row in rowOf) start[row + 1]++;
        for (var i = 0; i < entityCount; i++) start[i + 1] += start[i];
        var next = start[..^1];
        var entity = new int[rowOf.Length];
        var relation = new int[rowOf.Length];
        var predicate = new ushort[rowOf.Length];
        for (var r = 0; r < rowOf.Length; r++)
        {
            var at = next[rowOf[r]]++;
            entity[at] = otherOf[r];
            relation[at] = r;
            predicate[at] = predicates[r];
        }
        return (start, entity, relation, predicate);
    }

    /// <summary>Builds the topology of relations sorted by id, over entities and predicates sorted by id.</summary>
    internal static GraphTopology Build(Relation[] relations, IReadOnlyDictionary<string, int> entityIndex, IReadOnlyList<Predicate> predicateList)
    {
        var predicateIndex = new Dictionary<string, ushort>(StringComparer.Ordinal);
        for (var p = 0; p < predicateList.Count; p++) predicateIndex[predicateList[p].Id] = (ushort)p;
        var subjects = new int[relations.Length];
        var objects = new int[relations.Length];
        var predicates = new ushort[relations.Length];
        for (var r = 0; r < relations.Length; r++)
        {
            var relation = relations[r];
            subjects[r] = Index(entityIndex, relation.SubjectId, relation);
            objects[r] = Index(entityIndex, relation.ObjectId, relation);
            predicates[r] = predicateIndex.GetValueOrDefault(relation.PredicateId, UnknownPredicate);
        }
        return new GraphTopology(entityIndex.Count, predicateList.Count, subjects, objects, predicates);
    }

    private static int Index(IReadOnlyDictionary<string, int> entityIndex, string id, Relation relation) =>
        entityIndex.TryGetValue(id, out var index) ? index
            : throw new InvalidOperationException($"Relation '{relation.Id}' names entity '{id}', which the graph does not hold.");
}
