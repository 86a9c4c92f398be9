using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>The English written for relations, pathways and net effects; written once for every adapter.</summary>
public static class Sentences
{
    /// <summary>"Ketamine blocks NMDA receptor (mechanism: non-competitive antagonism)."; an imported relation names its source: "Ketamine affects GRIN3A, according to infores:hetionet."</summary>
    public static string Of(RelationView view)
    {
        var context = view.Relation.Qualifiers.Count == 0 ? ""
            : " (" + string.Join("; ", view.Relation.Qualifiers.Select(q => $"{q.Key}: {q.Value}")) + ")";
        var source = view.Provenance is { } provenance ? $", according to {provenance.PrimaryKnowledgeSource}" : "";
        return $"{Capitalize(view.Subject.Name)} {view.Predicate.Phrase} {view.Object.Name}{context}{source}.";
    }

    /// <summary>"Ketamine blocks NMDA receptor, which … , which promotes synaptogenesis; net effect: ketamine increases synaptogenesis."</summary>
    public static string Summary(IReadOnlyList<RelationView> steps, Sign net, Func<int, string>? cite = null) =>
        $"{Chain(steps, cite)}; {NetClause(steps[0].Subject, net, steps[^1].Object)}.";

    /// <summary>"Ketamine blocks NMDA receptor [1], which holds back …", each step optionally followed by its citation mark.</summary>
    public static string Chain(IReadOnlyList<RelationView> steps, Func<int, string>? cite = null, bool capitalize = true)
    {
        var parts = steps.Select((s, i) => $"{(i == 0 ? "" : "which ")}{s.Predicate.Phrase} {s.Object.Name}{cite?.Invoke(i)}");
        var subject = capitalize ? Capitalize(steps[0].Subject.Name) : steps[0].Subject.Name;
        return $"{subject} {string.Join(", ", parts)}";
    }

    /// <summary>"net effect: ketamine increases synaptogenesis".</summary>
    public static string NetClause(Entity cause, Sign net, Entity effect) => net switch
    {
        Sign.Increases => $"net effect: {cause.Name} increases {effect.Name}",
        Sign.Decreases => $"net effect: {cause.Name} decreases {effect.Name}",
        Sign.Unknown => $"the net direction of {cause.Name}'s effect on {effect.Name} is not stated",
        _ => $"{cause.Name} is linked to {effect.Name} without a causal direction",
    };

    /// <summary>Upper-cases the first letter of lower-case names only ("ketamine" → "Ketamine", "mTOR" stays).</summary>
    public static string Capitalize(string name)
    {
        var firstWord = name.Split(' ')[0];
        return firstWord.All(c => !char.IsLetter(c) || char.IsLower(c)) && name.Length > 0
            ? char.ToUpperInvariant(name[0]) + name[1..]
            : name;
    }
}
