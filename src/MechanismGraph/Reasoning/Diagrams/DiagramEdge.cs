namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>One arrow: a relation between two drawn entities, with the text it is labelled with.</summary>
internal sealed record DiagramEdge(DiagramNode From, DiagramNode To, RelationView Step, string Label);
