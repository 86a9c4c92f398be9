namespace MechanismGraph.Reasoning;

/// <summary>What a pathway search may use; nulls take the documented defaults of <see cref="QueryLimits"/>.</summary>
/// <param name="Predicates">Predicate ids to follow; null follows every causal predicate. Naming a non-causal one includes it.</param>
/// <param name="Avoid">Entity references no pathway may pass through.</param>
public sealed record PathwayOptions(int? MaxHops = null, int? Limit = null, IReadOnlyList<string>? Predicates = null, IReadOnlyList<string>? Avoid = null);
