namespace MechanismGraph.Reasoning;

/// <summary>One value of a summary facet (a kind, a sign, a source…) and how many reached entities carry it.</summary>
public sealed record FacetCount(string Name, int Count);
