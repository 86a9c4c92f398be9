using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>Why an effect happens: the pathways into it and a short narrative citing evidence as [1], [2]… (indexes into <see cref="Citations"/>, 1-based).</summary>
/// <param name="SearchComplete">False when a path search behind it stopped at its work bound: better pathways may exist.</param>
public sealed record Explanation(
    Entity Effect, Entity? Cause, IReadOnlyList<Pathway> Pathways, string Narrative, IReadOnlyList<Evidence> Citations, bool SearchComplete = true);
