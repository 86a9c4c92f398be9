namespace MechanismGraph.Biolink;

/// <summary>What a Biolink predicate says about its two ends, decided by the ancestor it descends from (see <see cref="BiolinkModel"/>).</summary>
public enum PredicateGroup
{
    /// <summary>The subject acts on the object (affects, contributes to, treats, acts upstream of, affects likelihood/sensitivity of): followed by default.</summary>
    Causal,
    /// <summary>The object acts on the subject (affected by, caused by, treated by…): causal only read backwards, so not followed.</summary>
    ReverseCausal,
    /// <summary>A statistical or literature association (associated with, correlated with, gene associated with condition…).</summary>
    Association,
    /// <summary>A resemblance (similar to, homologous to, chemically similar to).</summary>
    Similarity,
    /// <summary>A statement about concepts, not instances (subclass of, same as, exact match, member of…).</summary>
    Ontology,
    /// <summary>Where something is (located in, location of, expressed in, expresses, occurs in).</summary>
    Location,
    /// <summary>Any other link: interaction, parthood, participation, sequence variation…</summary>
    Other,
    /// <summary>A predicate outside the Biolink Model (e.g. RO:0002434) with no mapping to one.</summary>
    NotBiolink,
}
