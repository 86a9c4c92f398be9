using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Builds cited explanations from ranked pathways.</summary>
public sealed class Explainer(IGraphStore store, StoreCatalog catalog, EntityResolver resolver, PathwayFinder pathways, InfluenceFinder influences, RelationViews views)
{
    /// <summary>Pathways an explanation narrates at most.</summary>
    public const int MaxPathways = 3;
    /// <summary>Upstream root entities tried when no cause is given.</summary>
    private const int MaxRoots = 5;

    public async Task<Explanation> ExplainAsync(string effect, string? cause, int? maxHops, CancellationToken cancellationToken = default)
    {
        var hops = QueryLimits.Hops(maxHops, QueryLimits.DefaultPathHops);
        var target = await resolver.ResolveAsync(effect, "effect", cancellationToken);
        var predicates = await catalog.CausalPredicatesAsync(cancellationToken);
        if (cause is not null)
        {
            var source = await resolver.ResolveAsync(cause, "cause", cancellationToken);
            var found = await pathways.FindBetweenAsync(source, target, hops, MaxPathways, predicates, [], cancellationToken);
            if (found.Pathways.Count > 0) return Narrate(target, source, Strongest(found.Pathways), hops, found.SearchComplete);
            // A search cut by its work bound proves no absence: say so rather than infer around it.
            if (!found.SearchComplete) return Narrate(target, source, [], hops, searchComplete: false);
            var inferences = await SharedTargetsAsync(source, target, hops, predicates, cancellationToken);
            if (inferences.Count > 0) return NarrateInference(target, source, inferences);
            return await InContextAsync(source, target, hops, predicates, cancellationToken) ?? Narrate(target, source, [], hops, searchComplete: true);
        }

        // No cause given: the strongest chains that start at an upstream root (an entity nothing causal leads into).
        var upstream = (await influences.TraverseAsync(target.Id, hops, Direction.Incoming, cancellationToken)).Influences;
        var hasCause = (await store.NeighbourRelationsAsync(upstream.Select(i => i.Entity.Id).ToArray(), Direction.Incoming, predicates, cancellationToken))
            .Select(r => r.ObjectId).ToHashSet(StringComparer.Ordinal);
        var roots = upstream.Where(i => !hasCause.Contains(i.Entity.Id)).ToList();
        if (roots.Count == 0) roots = upstream.Where(i => i.Hops == upstream.Max(u => u.Hops)).ToList(); // everything upstream is in a cycle
        var candidates = new List<Pathway>();
        var complete = true;
        foreach (var root in roots.OrderByDescending(r => r.Hops).ThenBy(r => r.Entity.Id, StringComparer.Ordinal).Take(MaxRoots))
        {
            var found = await pathways.FindBetweenAsync(root.Entity, target, hops, MaxPathways, predicates, [], cancellationToken);
            candidates.AddRange(found.Pathways);
            complete &= found.SearchComplete;
        }
        return Narrate(target, null, Strongest(Pathway.Rank(candidates).ToArray()), hops, complete);
    }

    /// <summary>The best pathway and its equally good alternatives (same strength and length), at most <see cref="MaxPathways"/>.</summary>
    private static IReadOnlyList<Pathway> Strongest(IReadOnlyList<Pathway> ranked) =>
        ranked.TakeWhile(p => p.Strength == ranked[0].Strength && p.Length == ranked[0].Length)
            .Take(MaxPathways).ToArray();

    /// <summary>
    /// The rule over signs for a condition no pathway reaches: for each entity the condition itself changes (its direct
    /// causal relations), the cause's best signed pathway to that entity; the product of the two signs is the cause's
    /// effect on the condition (opposite signs: it counteracts the condition).
    /// </summary>
    private async Task<IReadOnlyList<ServiceInference>> SharedTargetsAsync(
        Entity cause, Entity condition, int hops, IReadOnlyCollection<string> predicates, CancellationToken cancellationToken)
    {
        var direct = await store.NeighbourRelationsAsync([condition.Id], Direction.Outgoing, predicates, cancellationToken);
        var inferences = new List<ServiceInference>();
        foreach (var step in await views.ExpandAsync(direct.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(), cancellationToken))
        {
            if (step.Sign is not (Sign.Increases or Sign.Decreases) || step.Object.Id == cause.Id) continue;
            var found = await pathways.FindBetweenAsync(cause, step.Object, hops, MaxPathways, predicates, [], cancellationToken);
            if (found.Pathways.FirstOrDefault(p => p.NetEffect is Sign.Increases or Sign.Decreases) is not { } best) continue;
            var conclusion = step.Sign.Then(best.NetEffect);
            var statement = conclusion == Sign.Decreases
                ? $"{cause.Name} counteracts {condition.Name}"
                : $"{cause.Name} acts in the same direction as {condition.Name}";
            inferences.Add(new ServiceInference(step.Object, step, best, conclusion, statement));
        }
        return inferences.Take(MaxPathways).ToArray();
    }

    /// <summary>
    /// When the cause in general reaches nothing but one of its context-specific forms does ("NMDA receptor" versus
    /// "NMDA receptor (GABAergic interneuron)"), the answer says so and explains the form's pathways, never the general entity's.
    /// </summary>
    private async Task<Explanation?> InContextAsync(Entity general, Entity target, int hops, IReadOnlyCollection<string> predicates, CancellationToken cancellationToken)
    {
        var links = await store.NeighbourRelationsAsync([general.Id], Direction.Incoming, [Predicate.SpecialisesId], cancellationToken);
        foreach (var form in await store.GetEntitiesAsync(links.Select(l => l.SubjectId).Order(StringComparer.Ordinal).ToArray(), cancellationToken))
        {
            if (form.Id == target.Id) continue;
            var found = await pathways.FindBetweenAsync(form, target, hops, MaxPathways, predicates, [], cancellationToken);
            if (found.Pathways.Count == 0) continue;
            var inContext = Narrate(target, form, Strongest(found.Pathways), hops, found.SearchComplete);
            var preface = $"This graph holds no causal pathway from {general.Name} in general to {target.Name}; the document's account is about {form.Name}. ";
            return inContext with { Cause = general, Narrative = preface + inContext.Narrative };
        }
        return null;
    }

    private static Explanation Narrate(Entity effect, Entity? cause, IReadOnlyList<Pathway> chosen, int hops, bool searchComplete)
    {
        var from = cause is null ? "any upstream entity" : cause.Name;
        if (chosen.Count == 0)
            return new Explanation(effect, cause, [], searchComplete
                ? $"This graph holds no causal pathway from {from} to {effect.Name} within {hops} steps."
                : $"The search stopped early, at its work bound, before finding a causal pathway from {from} to {effect.Name} within {hops} steps; this graph may still hold one (lower maxHops for a complete search).",
                [], SearchComplete: searchComplete);

        var citations = new Citations();
        var net = chosen.All(p => p.NetEffect == chosen[0].NetEffect) ? chosen[0].NetEffect : (Sign?)null;
        var heading = Sentences.Heading(chosen[0].Entities[0], net, effect, chosen[0].Steps[^1].Relation.ObjectAspect);
        var sentences = new List<string> { $"{heading}: {Sentences.Summary(chosen[0].Steps, chosen[0].NetEffect, i => citations.Cite(chosen[0].Steps[i]), reasons: true)}" };
        foreach (var pathway in chosen.Skip(1))
        {
            // Later pathways are told from where they leave the first one, so shared steps are not repeated.
            var shared = pathway.Steps.Zip(chosen[0].Steps).TakeWhile(p => p.First.Id == p.Second.Id).Count();
            var rest = pathway.Steps.Skip(shared).ToArray();
            var clause = Sentences.NetClause(pathway.Entities[0], pathway.NetEffect, effect, rest[^1].Relation.ObjectAspect);
            sentences.Add($"Also, {Sentences.Chain(rest, i => citations.Cite(rest[i]), capitalize: false, reasons: true)}; {clause}.");
        }
        // A search cut by its work bound proves nothing about what lies beyond it, so the narrative says so.
        if (!searchComplete)
            sentences.Add($"The search stopped early, at its work bound, before it could rule out other pathways from {from} to {effect.Name} within {hops} steps; lower maxHops for a complete search.");
        return new Explanation(effect, cause, chosen, string.Join(" ", sentences), citations.All, heading, net, SearchComplete: searchComplete);
    }

    // "How ketamine counteracts depression (inferred by the service): Depression impairs neural connections [1]. Ketamine … ."
    private static Explanation NarrateInference(Entity condition, Entity cause, IReadOnlyList<ServiceInference> inferences)
    {
        var citations = new Citations();
        var net = inferences.All(i => i.Conclusion == inferences[0].Conclusion) ? inferences[0].Conclusion : (Sign?)null;
        var verb = net switch { Sign.Decreases => "counteracts", Sign.Increases => "acts like", _ => "affects" };
        var heading = $"How {cause.Name} {verb} {condition.Name} (inferred by the service, not stated by the document)";
        var sentences = new List<string> { heading + ":" };
        foreach (var inference in inferences)
        {
            var step = inference.ConditionStep;
            var via = Sentences.Phrase(inference.Via, step.Relation.ObjectAspect);
            sentences.Add($"{step.Sentence.TrimEnd('.')}{citations.Cite(step)}.");
            sentences.Add(Sentences.Summary(inference.CausePathway.Steps, inference.CausePathway.NetEffect, i => citations.Cite(inference.CausePathway.Steps[i]), reasons: true));
            sentences.Add($"Since {condition.Name} {Sentences.Verb(step.Sign)} {via} and {cause.Name} {Sentences.Verb(inference.CausePathway.NetEffect)} {via}, "
                + $"the service infers that {inference.Statement} ({inference.Rule}; the document does not state this conclusion).");
        }
        return new Explanation(condition, cause, inferences.Select(i => i.CausePathway).ToArray(), string.Join(" ", sentences), citations.All, heading, net, inferences);
    }

    /// <summary>The narrative's numbered quotes, each quote once.</summary>
    private sealed class Citations
    {
        private readonly List<Evidence> _all = [];

        public IReadOnlyList<Evidence> All => _all;

        /// <summary>" [3]" for a stated step's most direct quote; " [5][6]" for an inferred step, whose premises are all its quotes.</summary>
        public string Cite(RelationView step)
        {
            // Imported relations have no quote to number: their source is named inline instead.
            if (step.Evidence.Count == 0) return $" [{step.SourceText}]";
            var quotes = step.Knowledge.IsInferred ? step.Evidence : step.Evidence.Take(1); // the first quote is the curator's most direct one
            return " " + string.Concat(quotes.Select(e => $"[{Number(e)}]"));
        }

        private int Number(Evidence evidence)
        {
            var index = _all.IndexOf(evidence);
            if (index < 0) { _all.Add(evidence); index = _all.Count - 1; }
            return index + 1;
        }
    }
}
