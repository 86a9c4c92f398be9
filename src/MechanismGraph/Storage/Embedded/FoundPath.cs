namespace MechanismGraph.Storage.Embedded;

/// <summary>A path in dense ids: its relations, its entities (one more) and the hop where it left the path it was spurred from.</summary>
internal sealed record FoundPath(int[] Relations, int[] Entities, int Deviation)
{
    /// <summary>Fewer hops first, then the relation sequence lexicographically: a total order on distinct paths.</summary>
    public static IComparer<FoundPath> Order { get; } = Comparer<FoundPath>.Create((x, y) =>
        x.Relations.Length != y.Relations.Length
            ? x.Relations.Length.CompareTo(y.Relations.Length)
            : x.Relations.AsSpan().SequenceCompareTo(y.Relations));
}
