using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>Ranked pathways between the resolved ends; <paramref name="Truncated"/> when the work bound stopped the search early.</summary>
public sealed record PathwaySearchResult(Entity From, Entity To, IReadOnlyList<Pathway> Pathways, bool Truncated);
