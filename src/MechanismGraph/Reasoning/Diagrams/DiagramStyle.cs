using MechanismGraph.Model;

namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>
/// The one palette of the diagrams (the explorer's explorer.css uses the same colours): edges coloured by sign —
/// increases green, decreases red, unknown grey dashed, non-causal light grey dotted — and nodes by kind.
/// </summary>
internal static class DiagramStyle
{
    public const string Increases = "#2e7d32";
    public const string Decreases = "#c62828";
    public const string Unknown = "#616161";
    public const string NonCausal = "#9e9e9e";

    private static readonly KindStyle Other = new(NodeShape.Structure, "#f5f5f5", "#616161");

    private static readonly Dictionary<string, KindStyle> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Drug"] = new(NodeShape.Molecule, "#ede7f6", "#5e35b1"),
        ["Neurotransmitter"] = new(NodeShape.Molecule, "#e0f7fa", "#00838f"),
        ["Receptor"] = new(NodeShape.Structure, "#e3f2fd", "#1565c0"),
        ["Protein"] = new(NodeShape.Structure, "#fff8e1", "#ef6c00"),
        ["MolecularSite"] = new(NodeShape.Structure, "#fce4ec", "#ad1457"),
        ["CellType"] = new(NodeShape.Structure, "#f3e5f5", "#8e24aa"),
        ["AnatomicalStructure"] = new(NodeShape.Structure, "#efebe9", "#6d4c41"),
        ["SignalingPathway"] = new(NodeShape.Process, "#e8f5e9", "#388e3c"),
        ["BiologicalProcess"] = new(NodeShape.Process, "#f1f8e9", "#558b2f"),
        ["Effect"] = new(NodeShape.Outcome, "#fffde7", "#f9a825"),
        ["Disease"] = new(NodeShape.Outcome, "#ffebee", "#b71c1c"),
    };

    public static KindStyle For(string kind) => Kinds.GetValueOrDefault(kind, Other);

    public static string Colour(Sign sign) => sign switch
    {
        Sign.Increases => Increases,
        Sign.Decreases => Decreases,
        Sign.Unknown => Unknown,
        _ => NonCausal,
    };
}
