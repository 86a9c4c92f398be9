namespace MechanismGraph.Storage.Embedded;

/// <summary>A path in dense ids: its relations, its entities (one more) and the hop where it left the path it was spurred from.</summary>
internal sealed record FoundPath(int[] Relations, int[] Entities, int Deviation)
{
    /// <summary>
    /// Fewer hops first; then hop by hop, the entity entered (id order) and then the relation taken (id order): a total
    /// order on distinct paths, and the order in which the topology's rows list them.
    /// </summary>
    public static IComparer<FoundPath> Order { get; } = Comparer<FoundPath>.Create((x, y) =>
    {
        if (x.Relations.Length != y.Relations.Length) return x.Relations.Length.CompareTo(y.Relations.Length);
        for (var i = 0; i < x.Relations.Length; i++)
        {
            if (x.Entities[i + 1] != y.Entities[i + 1]) return x.Entities[i + 1].CompareTo(y.Entities[i + 1]);
            if (x.Relations[i] != y.Relations[i]) return x.Relations[i].CompareTo(y.Relations[i]);
        }
        return 0;
    });
}
