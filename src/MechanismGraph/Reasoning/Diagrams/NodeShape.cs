namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>The broad shape a family of kinds is drawn with: molecules round, structures square, processes rounded, outcomes hexagonal.</summary>
internal enum NodeShape { Molecule, Structure, Process, Outcome }
