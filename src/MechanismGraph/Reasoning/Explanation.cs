using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>Why an effect happens: the pathways into it and a short narrative citing evidence as [1], [2]… (indexes into <see cref="Citations"/>, 1-based).</summary>
/// <param name="Heading">The narrative's first words, following the net sign: "How ketamine reduces chronic pain".</param>
/// <param name="NetEffect">The direction the heading states; null when the narrated pathways differ in direction or none was found.</param>
/// <param name="Inferences">Conclusions the service draws itself (e.g. from opposing influences), each marked as such.</param>
/// <param name="SearchComplete">False when a path search behind it stopped at its work bound: better pathways may exist.</param>
public sealed record Explanation(
    Entity Effect,
    Entity? Cause,
    IReadOnlyList<Pathway> Pathways,
    string Narrative,
    IReadOnlyList<Evidence> Citations,
    string Heading = "",
    Sign? NetEffect = null,
    IReadOnlyList<ServiceInference>? Inferences = null,
    bool SearchComplete = true)
{
    public IReadOnlyList<ServiceInference> Inferences { get; init; } = Inferences ?? [];
}
