using MechanismGraph.Graph;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// What the influence ranking reads of each relation, as columns over dense relation ids: indirect and inferred flags and
/// the evidence count. Read once per graph, so a walk never touches a relation record (5 bytes a relation).
/// </summary>
internal sealed class RelationTraits
{
    public const byte Indirect = 1;
    public const byte Inferred = 2;

    private RelationTraits(byte[] flags, int[] evidence) => (Flags, Evidence) = (flags, evidence);

    public byte[] Flags { get; }

    public int[] Evidence { get; }

    public static RelationTraits Of(KnowledgeGraph graph)
    {
        var count = graph.Relations.Count;
        var flags = new byte[count];
        var evidence = new int[count];
        for (var r = 0; r < count; r++)
        {
            var relation = graph.RelationAt(r);
            flags[r] = (byte)((relation.Indirect ? Indirect : 0) | (relation.Knowledge.IsInferred ? Inferred : 0));
            evidence[r] = relation.Evidence.Count;
        }
        return new RelationTraits(flags, evidence);
    }
}
