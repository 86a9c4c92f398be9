namespace MechanismGraph.Model;

/// <summary>
/// A directed link between two entities. Curated relations carry at least one evidence quote (the seed validator
/// enforces it); imported ones may carry none and name their <see cref="Provenance"/> instead.
/// </summary>
/// <param name="Indirect">
/// True when the document states an overall effect whose steps it spells out elsewhere
/// (SIGNOR's "direct: NO"); pathways using such a shortcut rank after fully mechanistic ones.
/// </param>
/// <param name="Note">The curator's reason, where the reading of the text needs one.</param>
/// <param name="Provenance">The source of an imported relation (null for curated ones).</param>
public sealed record Relation(
    string Id,
    string SubjectId,
    string PredicateId,
    string ObjectId,
    IReadOnlyList<Qualifier> Qualifiers,
    IReadOnlyList<Evidence> Evidence,
    bool Indirect = false,
    string? Note = null,
    Provenance? Provenance = null);
