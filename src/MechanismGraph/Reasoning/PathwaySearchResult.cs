namespace MechanismGraph.Reasoning;

/// <summary>
/// Ranked pathways. <paramref name="SearchComplete"/> is false when the store's search stopped at its work bound: the
/// pathways are then those found so far, best first, and more (or shorter-ranked) ones may exist.
/// <paramref name="Truncated"/> is true when the answer may be incomplete for that reason or because only the shortest
/// candidates were ranked.
/// </summary>
public sealed record PathwaySearchResult(IReadOnlyList<Pathway> Pathways, bool Truncated, bool SearchComplete = true);
