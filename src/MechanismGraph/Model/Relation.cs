namespace MechanismGraph.Model;

/// <summary>A directed link between two entities, backed by at least one evidence quote.</summary>
/// <param name="Indirect">
/// True when the document states an overall effect whose steps it spells out elsewhere
/// (SIGNOR's "direct: NO"); pathways using such a shortcut rank after fully mechanistic ones.
/// </param>
/// <param name="Note">The curator's reason, where the reading of the text needs one.</param>
public sealed record Relation(
    string Id,
    string SubjectId,
    string PredicateId,
    string ObjectId,
    IReadOnlyList<Qualifier> Qualifiers,
    IReadOnlyList<Evidence> Evidence,
    bool Indirect = false,
    string? Note = null);
