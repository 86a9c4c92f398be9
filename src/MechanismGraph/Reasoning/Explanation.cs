using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>Why an effect happens: the pathways into it and a short narrative citing evidence as [1], [2]… (indexes into <see cref="Citations"/>, 1-based).</summary>
public sealed record Explanation(Entity Effect, Entity? Cause, IReadOnlyList<Pathway> Pathways, string Narrative, IReadOnlyList<Evidence> Citations);
