namespace MechanismGraph.Model;

/// <summary>A relation type of the vocabulary: its causal sign, its English and its Biolink mapping.</summary>
/// <param name="Phrase">Verb phrase for "subject … object" sentences, e.g. "antagonizes".</param>
/// <param name="InversePhrase">Verb phrase for "object … subject" sentences, e.g. "is antagonized by".</param>
/// <param name="Causal">
/// Whether pathways follow it by default; null means "every sign but None" (the curated vocabulary). Imported
/// association and similarity predicates have sign Unknown yet are not causal: followed only when a query names them.
/// </param>
public sealed record Predicate(
    string Id,
    Sign Sign,
    string Phrase,
    string InversePhrase,
    string Description,
    BiolinkMapping Biolink,
    bool? Causal = null)
{
    /// <summary>
    /// The non-causal predicate linking a context-specific entity to its general entity; pathways never follow it,
    /// so what holds in one context is not chained through the general entity into another.
    /// </summary>
    public const string SpecialisesId = "specialises";

    /// <summary>Causal predicates are followed by default when tracing pathways.</summary>
    public bool IsCausal => Causal ?? Sign != Sign.None;
}
