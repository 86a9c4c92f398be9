using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>An entity reached downstream (effects) or upstream (causes), with the net sign of the best pathway to it.</summary>
public sealed record Influence(Entity Entity, Sign NetEffect, int Hops, Pathway Pathway);
