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
    Provenance? Provenance = null)
{
    /// <summary>How the relation is known: stated by its document (the default for curated relations) or inferred, and by whom.</summary>
    public Knowledge Knowledge { get; init; } = Provenance is null ? Knowledge.Stated : Knowledge.NotProvided;

    /// <summary>What about the object changes (Biolink object_aspect_qualifier); null when the object is itself a process or state.</summary>
    public Aspect? ObjectAspect { get; init; }

    /// <summary>What about the subject acts, where the document says so ("the activation of AMPA receptors"); null otherwise.</summary>
    public Aspect? SubjectAspect { get; init; }

    /// <summary>
    /// The change in the subject the document makes the relation depend on ("too much glutamate": Increases;
    /// Biolink subject_direction_qualifier); null when the document states none.
    /// </summary>
    public Sign? SubjectChange { get; init; }

    /// <summary>Where the relation holds, as typed context (Biolink anatomical_context_qualifier); empty when the document names none.</summary>
    public IReadOnlyList<ContextTerm> Context { get; init; } = [];
}
