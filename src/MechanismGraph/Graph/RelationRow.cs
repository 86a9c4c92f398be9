using System.Collections;
using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>A read-only view of relations named by a slice of an index array (one CSR row): no copy is made.</summary>
internal sealed class RelationRow(Relation[] relations, int[] indices, int start, int count) : IReadOnlyList<Relation>
{
    public int Count => count;

    public Relation this[int index] =>
        (uint)index < (uint)count ? relations[indices[start + index]] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Relation> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return relations[indices[start + i]];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
