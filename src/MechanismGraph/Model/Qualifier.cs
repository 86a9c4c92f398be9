namespace MechanismGraph.Model;

/// <summary>Context the document states for a relation: cell type, region, dose, precondition…</summary>
public sealed record Qualifier(string Key, string Value);
