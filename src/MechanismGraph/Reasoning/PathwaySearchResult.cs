namespace MechanismGraph.Reasoning;

/// <summary>Ranked pathways; <paramref name="Truncated"/> when the work bound stopped the search early.</summary>
public sealed record PathwaySearchResult(IReadOnlyList<Pathway> Pathways, bool Truncated);
