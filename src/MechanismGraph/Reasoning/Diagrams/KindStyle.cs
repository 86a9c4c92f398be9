namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>How one kind of entity is drawn: its shape, fill and outline colours.</summary>
internal sealed record KindStyle(NodeShape Shape, string Fill, string Stroke);
