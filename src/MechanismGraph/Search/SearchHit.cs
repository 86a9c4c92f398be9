namespace MechanismGraph.Search;

/// <summary>One ranked match: the entity's dense number, how its best label matched, and that label.</summary>
/// <param name="Distance">Edit distance for <see cref="MatchTier.Fuzzy"/>; characters the label adds to the query otherwise.</param>
public readonly record struct SearchHit(int Entity, MatchTier Tier, LabelKind Kind, int Distance, string Label);
