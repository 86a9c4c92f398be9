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

    /// <summary>Read from the relation columns' shared payload templates, so no relation record is built.</summary>
    public static RelationTraits Of(KnowledgeGraph graph)
    {
        var columns = graph.Columns;
        var templateFlags = new byte[columns.Templates.Length];
        var templateEvidence = new int[columns.Templates.Length];
        for (var t = 0; t < columns.Templates.Length; t++)
        {
            var template = columns.Templates[t];
            templateFlags[t] = (byte)((template.Indirect ? Indirect : 0) | (template.Knowledge.IsInferred ? Inferred : 0));
            templateEvidence[t] = template.Evidence.Count;
        }
        var flags = new byte[columns.Count];
        var evidence = new int[columns.Count];
        for (var r = 0; r < columns.Count; r++)
        {
            var payload = columns.Payload[r];
            (flags[r], evidence[r]) = (templateFlags[payload], templateEvidence[payload]);
        }
        return new RelationTraits(flags, evidence);
    }
}
