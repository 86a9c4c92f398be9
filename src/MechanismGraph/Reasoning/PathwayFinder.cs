using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Finds, ranks and describes the pathways between two entities.</summary>
public sealed class PathwayFinder(IGraphStore store, ArgumentRules rules, EntityResolver resolver, RelationViews views,
    int maxPathExpansions = QueryLimits.MaxPathExpansions)
{
    /// <summary>Relations one search may scan before it stops and answers with the pathways found so far.</summary>
    public int WorkBound => maxPathExpansions;

    /// <summary>Pathways from <paramref name="from"/> to <paramref name="to"/>, best first (see <see cref="Pathway.Rank"/>), with both ends resolved.</summary>
    public async Task<PathwaySearchResult> FindAsync(string from, string to, PathwayOptions options, CancellationToken cancellationToken = default)
    {
        var maxHops = QueryLimits.Hops(options.MaxHops, QueryLimits.DefaultPathHops);
        var limit = QueryLimits.Limit(options.Limit);
        var source = await resolver.ResolveAsync(from, "from", cancellationToken);
        var target = await resolver.ResolveAsync(to, "to", cancellationToken);
        var predicates = await rules.PredicatesAsync(options.Predicates, "predicates", cancellationToken);
        var avoid = new List<string>();
        foreach (var reference in options.Avoid ?? [])
            avoid.Add((await resolver.ResolveAsync(reference, "avoid", cancellationToken)).Id);
        return await FindBetweenAsync(source, target, maxHops, limit, predicates, avoid, cancellationToken);
    }

    internal async Task<PathwaySearchResult> FindBetweenAsync(
        Entity source, Entity target, int maxHops, int limit, IReadOnlyCollection<string> predicates, IReadOnlyCollection<string> avoid,
        CancellationToken cancellationToken)
    {
        if (source.Id == target.Id)
            throw MechanismGraphException.BadInput("to", $"from and to are the same entity ('{source.Id}'); a pathway needs two different ends");
        // Over-fetch stays although the store's search is exact: the store returns the k shortest (ties by relation id),
        // but the ranking orders by strength (indirect, inferred, open direction) before length and by evidence among
        // equal lengths, neither of which the store sees; the extra candidates let a longer mechanistic pathway win.
        var search = new PathSearch(source.Id, target.Id, maxHops, predicates, avoid, MaxPaths: limit * 4 + 20, maxPathExpansions);
        var raw = await store.FindPathsAsync(search, cancellationToken);
        var expanded = await views.ExpandAsync(raw.Paths.SelectMany(p => p).DistinctBy(r => r.Id).ToArray(), cancellationToken);
        var byId = expanded.ToDictionary(v => v.Id);
        var ranked = Pathway.Rank(raw.Paths.Select(p => Pathway.From(p.Select(r => byId[r.Id]).ToArray()))).ToArray();
        var returned = ranked.Take(limit).ToArray();
        return new PathwaySearchResult(source, target, returned, raw.Truncated || MayBeOutranked(raw.Paths, search.MaxPaths, returned), SearchComplete: !raw.Truncated);
    }

    /// <summary>
    /// Only the shortest candidates were ranked. When the cap was hit, a candidate beyond it is at least as long as the
    /// longest one fetched, so it can outrank a returned pathway only if that one is weaker than the strongest possible
    /// (indirect, inferred or open direction) or exactly as long as the longest fetched (more evidence may lie beyond).
    /// </summary>
    private static bool MayBeOutranked(IReadOnlyList<IReadOnlyList<Relation>> candidates, int cap, IReadOnlyList<Pathway> returned)
    {
        if (candidates.Count < cap) return false;
        var longest = candidates.Max(p => p.Count);
        return returned.Any(p => p.Strength != (0, 0, false) || p.Length >= longest);
    }
}
