using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// The embedded store's path search: translates ids to the topology's dense ids, runs <see cref="KShortestPaths"/> on
/// pooled scratch memory, and materialises the relation records of the paths found (and only those).
/// </summary>
internal static class EmbeddedPathSearch
{
    public static PathSearchResult Run(KnowledgeGraph graph, PathSearch search, CancellationToken cancellationToken)
    {
        int source = graph.EntityIndex(search.FromId), target = graph.EntityIndex(search.ToId);
        var avoid = search.Avoid.Select(graph.EntityIndex).Where(i => i >= 0).Distinct().ToArray();
        if (source < 0 || target < 0 || source == target || avoid.Contains(source) || avoid.Contains(target) || search.MaxPaths <= 0 || search.MaxHops < 1)
            return new PathSearchResult([], false);

        var scratch = SearchScratch.Rent(graph.Topology);
        try
        {
            PredicateMask.Fill(scratch.Allowed, graph.Predicates, search.Predicates);
            var budget = new WorkBudget(search.MaxExpansions, cancellationToken);
            var (paths, complete) = new KShortestPaths(scratch, source, target, Math.Min(search.MaxHops, byte.MaxValue), avoid, budget).Find(search.MaxPaths);
            var relations = paths.Select(p => (IReadOnlyList<Relation>)Array.ConvertAll(p.Relations, graph.RelationAt)).ToArray();
            return new PathSearchResult(relations, !complete);
        }
        finally
        {
            scratch.Return();
        }
    }
}
