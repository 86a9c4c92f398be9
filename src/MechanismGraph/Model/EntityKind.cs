namespace MechanismGraph.Model;

/// <summary>A kind of entity and its Biolink category (used by exports).</summary>
public sealed record EntityKind(string Id, string Description, string BiolinkCategory);
