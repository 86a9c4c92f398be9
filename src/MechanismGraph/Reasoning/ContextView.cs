using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>A typed context term with its entity resolved: "cell type: GABAergic interneuron".</summary>
public sealed record ContextView(ContextKind Kind, Entity Entity);
