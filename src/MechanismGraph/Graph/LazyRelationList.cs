using System.Collections;
using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// Relations of a graph as a read-only list whose records are built when read: all of them, or those at the given dense
/// ids (in that order). Holding the view holds no records.
/// </summary>
internal sealed class LazyRelationList(KnowledgeGraph graph, int[]? indices) : IReadOnlyList<Relation>
{
    public int Count => indices?.Length ?? graph.RelationCount;

    public Relation this[int index] =>
        (uint)index < (uint)Count ? graph.RelationAt(indices is null ? index : indices[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Relation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
