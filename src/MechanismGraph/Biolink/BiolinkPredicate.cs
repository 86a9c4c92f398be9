namespace MechanismGraph.Biolink;

/// <summary>One predicate of the Biolink Model, as <c>biolink:snake_case</c> CURIEs.</summary>
/// <param name="Parent">Its <c>is_a</c> parent (null only for <c>biolink:related_to</c>).</param>
/// <param name="Inverse">The model's declared inverse, when it declares one (either direction).</param>
public sealed record BiolinkPredicate(string Curie, string? Parent, PredicateGroup Group, string? Inverse, bool Symmetric, bool Deprecated);
