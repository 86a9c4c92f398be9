using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Builds cited explanations from ranked pathways.</summary>
public sealed class Explainer(IGraphStore store, StoreCatalog catalog, EntityResolver resolver, PathwayFinder pathways, InfluenceFinder influences)
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
            return Narrate(target, source, Strongest(found.Pathways), hops, found.SearchComplete);
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

    /// <summary>The best pathway and its equally good alternatives (same indirect steps and length), at most <see cref="MaxPathways"/>.</summary>
    private static IReadOnlyList<Pathway> Strongest(IReadOnlyList<Pathway> ranked) =>
        ranked.TakeWhile(p => p.IndirectSteps == ranked[0].IndirectSteps && p.Length == ranked[0].Length).Take(MaxPathways).ToArray();

    private static Explanation Narrate(Entity effect, Entity? cause, IReadOnlyList<Pathway> chosen, int hops, bool searchComplete)
    {
        var from = cause is null ? "any upstream entity" : cause.Name;
        // A search cut by its work bound proves nothing about what lies beyond it, so the narrative says so.
        var stopped = $"The search stopped early, at its work bound, before it could rule out other pathways from {from} to {effect.Name} within {hops} steps; lower maxHops for a complete search.";
        if (chosen.Count == 0)
            return new Explanation(effect, cause, [], searchComplete
                ? $"This graph holds no causal pathway from {from} to {effect.Name} within {hops} steps."
                : $"The search stopped early, at its work bound, before finding a causal pathway from {from} to {effect.Name} within {hops} steps; this graph may still hold one (lower maxHops for a complete search).",
                [], searchComplete);

        var citations = new List<Evidence>();
        string Cite(RelationView step)
        {
            // Imported relations have no quote to number: their source is named inline instead.
            if (step.Evidence.Count == 0) return $" [{step.SourceText}]";
            var evidence = step.Evidence[0]; // the first quote is the curator's most direct one
            var index = citations.IndexOf(evidence);
            if (index < 0) { citations.Add(evidence); index = citations.Count - 1; }
            return $" [{index + 1}]";
        }

        var sentences = new List<string>
        {
            $"How {chosen[0].Entities[0].Name} leads to {effect.Name}: {Sentences.Summary(chosen[0].Steps, chosen[0].NetEffect, i => Cite(chosen[0].Steps[i]))}",
        };
        foreach (var pathway in chosen.Skip(1))
        {
            // Later pathways are told from where they leave the first one, so shared steps are not repeated.
            var shared = pathway.Steps.Zip(chosen[0].Steps).TakeWhile(p => p.First.Id == p.Second.Id).Count();
            var rest = pathway.Steps.Skip(shared).ToArray();
            var net = Sentences.NetClause(pathway.Entities[0], pathway.NetEffect, effect);
            sentences.Add($"Also, {Sentences.Chain(rest, i => Cite(rest[i]), capitalize: false)}; {net}.");
        }
        if (!searchComplete) sentences.Add(stopped);
        return new Explanation(effect, cause, chosen, string.Join(" ", sentences), citations, searchComplete);
    }
}
