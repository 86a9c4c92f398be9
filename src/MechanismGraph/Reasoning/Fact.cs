using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>A flat, citation-ready statement: one relation as a sentence with its verbatim evidence.</summary>
public sealed record Fact(RelationView Relation)
{
    public Entity Subject => Relation.Subject;
    public Predicate Predicate => Relation.Predicate;
    public Entity Object => Relation.Object;
    public Sign Sign => Relation.Sign;
    public string Sentence => Relation.Sentence;
    public IReadOnlyList<Evidence> Evidence => Relation.Evidence;

    /// <summary>
    /// The sentence followed by its first quote and where it is, or for an imported relation without quotes its
    /// knowledge source and publications: ready to paste into an answer.
    /// </summary>
    public string Citation
    {
        get
        {
            if (Evidence.Count == 0) return $"{Sentence} Source: {Relation.SourceText}";
            var e = Evidence[0];
            return $"{Sentence} Source: {e.DocumentId}, characters {e.Start}–{e.End}: “{e.Quote}”";
        }
    }
}
