using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// The graph's shape in dense integers: entity i is <c>Entities[i]</c>, relation r is <c>Relations[r]</c> and predicate p
/// is <c>Predicates[p]</c> of the <see cref="KnowledgeGraph"/> (each sorted by id, so a smaller number is a smaller id).
/// Adjacency is compressed sparse rows, outgoing and incoming, each row sorted by the entity at the other end and then by
/// relation (so "the relations from x to y" is a binary search, and walking a row in order walks paths in the search's
/// tie-break order), with the predicate beside each entry so a predicate filter is one array test. 20 bytes per relation
/// plus 8 per entity; payloads stay in <see cref="RelationColumns"/>.
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

    /// <summary>The first entry of <paramref name="row"/> (in <paramref name="start"/>/<paramref name="entity"/>) whose other end is <paramref name="other"/>, or the row's end.</summary>
    public static int LowerBound(int[] start, int[] entity, int row, int other)
    {
        int low = start[row], high = start[row + 1];
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (entity[middle] < other) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>Two stable counting sorts (by the other end, then by the row): rows ordered by other end, then relation.</summary>
    private static (int[] Start, int[] Entity, int[] Relation, ushort[] Predicate) Rows(int entityCount, int[] rowOf, int[] otherOf, ushort[] predicates)
    {
        var byOther = CountingSort(entityCount, otherOf, Enumerable.Range(0, rowOf.Length).ToArray(), out _);
        var order = CountingSort(entityCount, rowOf, byOther, out var start);
        var entity = new int[order.Length];
        var predicate = new ushort[order.Length];
        for (var at = 0; at < order.Length; at++)
        {
            entity[at] = otherOf[order[at]];
            predicate[at] = predicates[order[at]];
        }
        return (start, entity, order, predicate);
    }

    /// <summary>The relations <paramref name="items"/>, stably reordered by <paramref name="key"/>; <paramref name="start"/> gives each key's first position.</summary>
    private static int[] CountingSort(int keyCount, int[] key, int[] items, out int[] start)
    {
        start = new int[keyCount + 1];
        foreach (var relation in items) start[key[relation] + 1]++;
        for (var i = 0; i < keyCount; i++) start[i + 1] += start[i];
        var next = start[..^1];
        var sorted = new int[items.Length];
        foreach (var relation in items) sorted[next[key[relation]]++] = relation;
        return sorted;
    }

    /// <summary>Builds the topology of relation columns (sorted by id) over predicates sorted by id.</summary>
    internal static GraphTopology Build(RelationColumns relations, int entityCount, IReadOnlyList<Predicate> predicateList)
    {
        var predicateIndex = new Dictionary<string, ushort>(StringComparer.Ordinal);
        for (var p = 0; p < predicateList.Count; p++) predicateIndex[predicateList[p].Id] = (ushort)p;
        var numbers = relations.PredicateIds.Select(id => predicateIndex.GetValueOrDefault(id, UnknownPredicate)).ToArray();
        var predicates = new ushort[relations.Count];
        for (var r = 0; r < relations.Count; r++) predicates[r] = numbers[relations.PredicateIndex(r)];
        return new GraphTopology(entityCount, predicateList.Count, relations.Subject, relations.Object, predicates);
    }
}
