namespace MechanismGraph.Model;

/// <summary>How a predicate is written in the Biolink Model (v4): predicate plus edge qualifiers.</summary>
public sealed record BiolinkMapping(
    string Predicate,
    string? QualifiedPredicate = null,
    string? ObjectAspectQualifier = null,
    string? ObjectDirectionQualifier = null,
    string? CausalMechanismQualifier = null);
