using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>The relations named by a slice of an index array (one CSR row), in relation (id) order.</summary>
internal static class RelationRow
{
    public static Relation[] InIdOrder(Relation[] relations, int[] indices, int start, int count)
    {
        var slice = indices.AsSpan(start, count).ToArray();
        Array.Sort(slice);
        return Array.ConvertAll(slice, r => relations[r]);
    }
}
