namespace MechanismGraph.Graph;

/// <summary>The relations named by a slice of an index array (one CSR row), in relation (id) order.</summary>
internal static class RelationRow
{
    public static int[] InIdOrder(int[] indices, int start, int count)
    {
        var slice = indices.AsSpan(start, count).ToArray();
        Array.Sort(slice);
        return slice;
    }
}
