using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>A relation with its ends, predicate, sign and English sentence resolved: what every adapter shows.</summary>
public sealed record RelationView(Relation Relation, Entity Subject, Predicate Predicate, Entity Object, string Sentence)
{
    public string Id => Relation.Id;

    public Sign Sign => Predicate.Sign;

    public IReadOnlyList<Evidence> Evidence => Relation.Evidence;

    public Provenance? Provenance => Relation.Provenance;

    /// <summary>What backs the relation when it has no quote: its provenance, e.g. "infores:hetionet (PMID:123)".</summary>
    public string SourceText => Relation.Provenance?.ToString() ?? "no source stated";
}
