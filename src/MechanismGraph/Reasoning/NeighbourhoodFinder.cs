using MechanismGraph.Biolink;
using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>
/// Summaries of big neighbourhoods for readers (the explorer): the effects/causes traversal, counted by kind, net sign,
/// predicate family and source, and ranked by a stated relevance. Above the store port, so both stores agree.
/// </summary>
public sealed class NeighbourhoodFinder(StoreCatalog catalog, InfluenceFinder influences)
{
    /// <summary>The family of a predicate: <c>causal</c>, <c>association</c> or <c>other</c>.</summary>
    public static string FamilyOf(Predicate predicate) =>
        predicate.IsCausal ? "causal" : BiolinkModel.Instance.GroupOf(predicate.Biolink.Predicate) == PredicateGroup.Association ? "association" : "other";

    /// <summary>
    /// Where a relation comes from: an imported relation's knowledge source (<c>infores:…</c>), or the id of the curated
    /// document its first quote is from.
    /// </summary>
    public static string SourceOf(RelationView relation) =>
        relation.Provenance?.PrimaryKnowledgeSource ?? (relation.Evidence.Count > 0 ? relation.Evidence[0].DocumentId : "curated");

    public async Task<Neighbourhood> FindAsync(NeighbourhoodRequest request, CancellationToken cancellationToken = default)
    {
        var predicates = request.IncludeAssociations
            ? (await catalog.PredicatesAsync(cancellationToken)).Values.Where(p => FamilyOf(p) != "other").Select(p => p.Id).ToArray()
            : null;
        var result = await influences.TraverseAsync(request.Of, request.MaxHops, request.Direction, cancellationToken, predicates);
        var all = result.Influences;

        // The step that reaches the entity (last downstream, first upstream) says how it is reached and from which source.
        RelationView Reaching(Influence i) => request.Direction == Direction.Outgoing ? i.Pathway.Steps[^1] : i.Pathway.Steps[0];

        var ranked = all
            .Where(i => request.Kind is null || string.Equals(i.Entity.Kind, request.Kind, StringComparison.OrdinalIgnoreCase))
            .Where(i => request.Sign is null || SignKey(i) == request.Sign.ToString()!.ToUpperInvariant())
            .Where(i => request.Source is null || SourceOf(Reaching(i)) == request.Source)
            .OrderBy(i => i.Hops)
            .ThenByDescending(i => i.Pathway.Steps.Sum(s => s.Evidence.Count + (s.Provenance?.Publications.Count ?? 0)))
            .ThenByDescending(i => i.Pathway.Steps.Count(s => s.Provenance is null))
            .ThenBy(i => i.NetEffect is Sign.Unknown or Sign.None) // as pathways rank: a known direction first
            .ThenBy(i => i.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.Entity.Id, StringComparer.Ordinal)
            .ToArray();

        return new Neighbourhood(result.Of, all.Count, !result.Truncated,
            Count(all, i => i.Entity.Kind),
            Count(all, SignKey),
            Count(all, i => FamilyOf(Reaching(i).Predicate)),
            Count(all, i => SourceOf(Reaching(i))),
            ranked);
    }

    /// <summary>
    /// The net sign's name, or <c>ASSOCIATION</c> when the best chain passes through an association: it says two things go
    /// together, so no effect is stated, not an effect of unknown direction.
    /// </summary>
    public static string SignKey(Influence influence) =>
        influence.NetEffect != Sign.None && influence.Pathway.Steps.Any(s => !s.Predicate.IsCausal) ? Association : influence.NetEffect.ToString().ToUpperInvariant();

    /// <summary>The <see cref="Neighbourhood.BySign"/> name of entities whose best pathway passes through an association.</summary>
    public const string Association = "ASSOCIATION";

    // Largest first, then by name: the order a reader scans a summary in.
    private static FacetCount[] Count(IEnumerable<Influence> items, Func<Influence, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal).Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.Ordinal).ToArray();
}
