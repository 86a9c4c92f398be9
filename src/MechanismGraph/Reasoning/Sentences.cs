using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>The English written for relations, pathways and net effects; written once for every adapter.</summary>
public static class Sentences
{
    /// <summary>"Ketamine blocks NMDA receptor, decreasing its activity (mechanism: non-competitive antagonism)."; an imported relation names its source: "Ketamine affects GRIN3A, according to infores:hetionet."</summary>
    public static string Of(RelationView view)
    {
        var remarks = view.Relation.Qualifiers.Select(q => $"{q.Key}: {q.Value}")
            .Concat(view.ContextEntities.Select(c => $"{ContextTerm.KeyOf(c.Kind)}: {c.Entity.Name}"))
            .Append(view.Knowledge.IsInferred ? Inferred(view) : null)
            .OfType<string>()
            .ToArray();
        var context = remarks.Length == 0 ? "" : " (" + string.Join("; ", remarks) + ")";
        var source = view.Provenance is { } provenance ? $", according to {provenance.PrimaryKnowledgeSource}" : "";
        return $"{Capitalize(SubjectPhrase(view))} {Statement(view)}{context}{source}.";
    }

    /// <summary>
    /// "Ketamine decreases NMDA receptor activity (GABAergic interneuron), which increases disinhibition of glutamatergic
    /// neurons, …; net effect: ketamine increases synaptogenesis." Followed by what the document ties only to a general change.
    /// </summary>
    /// <param name="reasons">Give each inferred step's reason ("(inferred by the curator: …)"), as explanations do; else just mark it.</param>
    public static string Summary(IReadOnlyList<RelationView> steps, Sign net, Func<int, string>? cite = null, bool reasons = false)
    {
        var caveats = Caveats(steps);
        // An association says two things go together, not that one acts on the other: no "effect" is presupposed.
        var clause = net != Sign.None && steps.Any(s => !s.Predicate.IsCausal)
            ? $"a step is an association, so no effect of {steps[0].Subject.Name} on {steps[^1].Object.Name} is stated"
            : NetClause(steps[0].Subject, net, steps[^1].Object, steps[^1].Relation.ObjectAspect);
        return $"{Chain(steps, cite, reasons: reasons)}; {clause}."
            + string.Concat(caveats.Select(c => " " + c));
    }

    /// <summary>
    /// The chain, each step told by what changes at its object. Where the change reaching a step is a decrease, the step
    /// says the plain result ("which increases disinhibition") rather than a double negative ("which holds back
    /// disinhibition" after a block). Each step may be followed by its citation mark; inferred steps say so.
    /// </summary>
    public static string Chain(IReadOnlyList<RelationView> steps, Func<int, string>? cite = null, bool capitalize = true, bool reasons = false)
    {
        var running = Sign.Increases;
        var parts = new List<string>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var after = running.Then(step.Sign);
            var text = running switch
            {
                Sign.Decreases when after is Sign.Increases or Sign.Decreases or Sign.Unknown => $"{Verb(after)} {Phrase(step.Object, step.Relation.ObjectAspect)}",
                Sign.Increases => Predication(step),
                _ => $"{step.Predicate.Phrase} {step.Object.Name}", // the change reaching it has no stated direction: only the document's verb
            };
            var inferred = !step.Knowledge.IsInferred ? "" : reasons ? $" ({Inferred(step)})" : $" ({InferredBy(step)})";
            parts.Add($"{(i == 0 ? "" : "which ")}{text}{cite?.Invoke(i)}{inferred}");
            running = after;
        }
        var subject = SubjectPhrase(steps[0], withChange: false);
        return $"{(capitalize ? Capitalize(subject) : subject)} {string.Join(", ", parts)}";
    }

    /// <summary>"net effect: ketamine increases synaptogenesis", "… decreases NMDA receptor activity".</summary>
    public static string NetClause(Entity cause, Sign net, Entity effect, Aspect? aspect = null) => net switch
    {
        Sign.Increases => $"net effect: {cause.Name} increases {Phrase(effect, aspect)}",
        Sign.Decreases => $"net effect: {cause.Name} decreases {Phrase(effect, aspect)}",
        Sign.Unknown => $"the net direction of {cause.Name}'s effect on {Phrase(effect, aspect)} is not stated",
        _ => $"{cause.Name} is linked to {effect.Name} without a causal direction",
    };

    /// <summary>"How ketamine reduces chronic pain", "How ketamine increases glutamate release", "How ketamine affects X (direction not stated)".</summary>
    public static string Heading(Entity cause, Sign? net, Entity effect, Aspect? aspect) => net switch
    {
        Sign.Increases => $"How {cause.Name} increases {Phrase(effect, aspect)}",
        Sign.Decreases => $"How {cause.Name} reduces {Phrase(effect, aspect)}",
        Sign.Unknown => $"How {cause.Name} affects {Phrase(effect, aspect)} (direction not stated)",
        null => $"How {cause.Name} affects {Phrase(effect, aspect)} (its pathways differ in direction)",
        _ => $"How {cause.Name} is linked to {effect.Name}",
    };

    /// <summary>
    /// Where a step holds only for a stated change in its subject ("too much glutamate") that the chain does not bring about,
    /// the document ties the step's object to that change in general, not to the cause: one sentence per such step.
    /// </summary>
    public static IReadOnlyList<string> Caveats(IReadOnlyList<RelationView> steps)
    {
        var caveats = new List<string>();
        var running = Sign.Increases;
        foreach (var step in steps)
        {
            if (step.Relation.SubjectChange is { } needed && running != needed)
            {
                var condition = $"{ChangeWord(needed)} {Phrase(step.Subject, step.Relation.SubjectAspect)}";
                var cause = steps[0].Subject.Name;
                var what = running == Sign.Unknown ? $"it does not say in which direction {cause} changes {Phrase(step.Subject, step.Relation.SubjectAspect)}"
                    : $"{cause} {Verb(running)} {Phrase(step.Subject, step.Relation.SubjectAspect)}";
                caveats.Add($"The document links {Phrase(step.Object, step.Relation.ObjectAspect)} to {condition} in general, not to {cause}: {what}.");
            }
            running = running.Then(step.Sign);
        }
        return caveats;
    }

    /// <summary>"NMDA receptor activity (GABAergic interneuron)", "glutamate level", "glutamate release" (a process has no aspect).</summary>
    public static string Phrase(Entity entity, Aspect? aspect)
    {
        if (aspect is not { } a) return entity.Name;
        // A context-specific name keeps its context last: "NMDA receptor (GABAergic interneuron)" → "NMDA receptor activity (GABAergic interneuron)".
        var open = entity.Name.EndsWith(')') ? entity.Name.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        return open > 0 ? $"{entity.Name[..open]} {a.Word()}{entity.Name[open..]}" : $"{entity.Name} {a.Word()}";
    }

    /// <summary>"increases", "decreases", "affects" (unknown direction), "is linked to" (no causal sign).</summary>
    public static string Verb(Sign sign) => sign switch
    {
        Sign.Increases => "increases",
        Sign.Decreases => "decreases",
        Sign.Unknown => "affects",
        _ => "is linked to",
    };

    /// <summary>Upper-cases the first letter of lower-case names only ("ketamine" → "Ketamine", "mTOR" stays).</summary>
    public static string Capitalize(string name)
    {
        var firstWord = name.Split(' ')[0];
        return firstWord.All(c => !char.IsLetter(c) || char.IsLower(c)) && name.Length > 0
            ? char.ToUpperInvariant(name[0]) + name[1..]
            : name;
    }

    private static string Inferred(RelationView view) => $"{InferredBy(view)}: {view.Knowledge.InferenceReason ?? "no reason given"}";

    private static string InferredBy(RelationView view) => view.Knowledge.Agent == AgentType.ManualAgent ? "inferred by the curator" : "inferred";

    // "AMPA receptor activity", "increased glutamate level" (when the document states the subject's change).
    private static string SubjectPhrase(RelationView view, bool withChange = true)
    {
        var phrase = Phrase(view.Subject, view.Relation.SubjectAspect);
        return withChange && view.Relation.SubjectChange is { } change ? $"{ChangeWord(change)} {phrase}" : phrase;
    }

    // The predicate's own words, with the aspect where they do not already name it: "blocks NMDA receptor" becomes
    // "decreases NMDA receptor activity"; "triggers intracellular signalling involving BDNF" already says what changes.
    private static string Predication(RelationView view)
    {
        var aspect = view.Relation.ObjectAspect;
        var phrase = view.Predicate.Phrase;
        if (aspect is null || phrase.Contains(aspect.Value.Word(), StringComparison.OrdinalIgnoreCase) || !view.Predicate.IsCausal)
            return $"{phrase} {view.Object.Name}";
        return $"{Verb(view.Sign)} {Phrase(view.Object, aspect)}";
    }

    // A relation on its own keeps the document's verb: "blocks NMDA receptor, decreasing its activity".
    private static string Statement(RelationView view)
    {
        var aspect = view.Relation.ObjectAspect;
        var phrase = view.Predicate.Phrase;
        if (aspect is null || phrase.Contains(aspect.Value.Word(), StringComparison.OrdinalIgnoreCase) || !view.Predicate.IsCausal)
            return $"{phrase} {view.Object.Name}";
        if (phrase == Verb(view.Sign)) return $"{phrase} {Phrase(view.Object, aspect)}";
        var participle = view.Sign switch { Sign.Increases => "increasing", Sign.Decreases => "decreasing", _ => "changing" };
        return $"{phrase} {view.Object.Name}, {participle} its {aspect.Value.Word()}";
    }

    private static string ChangeWord(Sign change) => change == Sign.Decreases ? "decreased" : "increased";
}
