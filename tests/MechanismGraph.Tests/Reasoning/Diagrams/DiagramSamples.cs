using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Tests.Reasoning.Diagrams;

/// <summary>Small hand-made pathways for exact-text diagram tests.</summary>
internal static class DiagramSamples
{
    public static readonly Predicate Blocks = Predicate("blocks", Sign.Decreases);
    public static readonly Predicate Activates = Predicate("activates", Sign.Increases);
    public static readonly Predicate Affects = Predicate("affects", Sign.Unknown);
    public static readonly Predicate Binds = Predicate("binds", Sign.None);

    public static Entity Entity(string id, string name, string kind) => new(id, name, kind, [], "", []);

    public static Evidence Quote(string quote, int start) => new("doc", quote, start, start + quote.Length);

    public static RelationView Step(Entity subject, Predicate predicate, Entity @object, params Evidence[] evidence)
    {
        var relation = new Relation($"{subject.Id}-{predicate.Id}-{@object.Id}", subject.Id, predicate.Id, @object.Id, [],
            evidence.Length == 0 ? [Quote("x", 0)] : evidence);
        var view = new RelationView(relation, subject, predicate, @object, "");
        return view with { Sentence = Sentences.Of(view) };
    }

    private static Predicate Predicate(string id, Sign sign) => new(id, sign, id, "is " + id + " by", "", new BiolinkMapping("biolink:affects"));
}
