using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>A relation with its ends, predicate, sign and English sentence resolved: what every adapter shows.</summary>
public sealed record RelationView(Relation Relation, Entity Subject, Predicate Predicate, Entity Object, string Sentence = "")
{
    private string _sentence = Sentence;

    /// <summary>The link as one English sentence; composed on first read when not given (an influence answer holds thousands of steps that few readers print).</summary>
    public string Sentence
    {
        get => _sentence.Length > 0 ? _sentence : _sentence = Sentences.Of(this);
        init => _sentence = value;
    }

    public string Id => Relation.Id;

    public Sign Sign => Predicate.Sign;

    public IReadOnlyList<Evidence> Evidence => Relation.Evidence;

    public Provenance? Provenance => Relation.Provenance;

    public Knowledge Knowledge => Relation.Knowledge;

    /// <summary>The relation's own typed context with its entities resolved (empty when it states none).</summary>
    public IReadOnlyList<ContextView> ContextEntities { get; init; } = [];

    /// <summary>The context the subject end holds in: the subject's own (a context-specific entity) and the relation's.</summary>
    public IReadOnlyList<ContextTerm> SubjectContext => [.. Subject.ContextTerms, .. Relation.Context];

    /// <summary>The context the object end holds in: the object's own and the relation's.</summary>
    public IReadOnlyList<ContextTerm> ObjectContext => [.. Object.ContextTerms, .. Relation.Context];

    /// <summary>What backs the relation when it has no quote: its provenance, e.g. "infores:hetionet (PMID:123)".</summary>
    public string SourceText => Relation.Provenance?.ToString() ?? "no source stated";
}
