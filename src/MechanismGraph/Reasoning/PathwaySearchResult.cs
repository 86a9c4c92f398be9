using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>
/// Ranked pathways between the resolved ends. <paramref name="SearchComplete"/> is false when the store's search stopped
/// at its work bound: the pathways are then those found so far, best first, and others may exist.
/// <paramref name="Truncated"/> is true when the answer may be incomplete for that reason or because only the shortest
/// candidates were ranked.
/// </summary>
public sealed record PathwaySearchResult(Entity From, Entity To, IReadOnlyList<Pathway> Pathways, bool Truncated, bool SearchComplete = true);
