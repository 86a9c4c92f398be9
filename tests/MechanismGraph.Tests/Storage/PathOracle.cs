using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Tests.Storage;

/// <summary>
/// The brute-force answer to a path search: every simple path within maxHops (allowed predicates, avoided entities
/// skipped), sorted by hops, then hop by hop by the entity entered and the relation taken (ids, ordinal); first k.
/// Small graphs only.
/// </summary>
internal static class PathOracle
{
    public static IReadOnlyList<string[]> KShortest(KnowledgeGraph graph, PathSearch search)
    {
        var allowed = search.Predicates.ToHashSet(StringComparer.Ordinal);
        var avoid = search.Avoid.ToHashSet(StringComparer.Ordinal);
        var all = new List<string[]>();
        if (search.FromId == search.ToId || avoid.Contains(search.FromId) || avoid.Contains(search.ToId)) return all;
        var onPath = new HashSet<string>(StringComparer.Ordinal) { search.FromId };
        var steps = new List<Relation>();

        void Walk(string at)
        {
            if (at == search.ToId) { all.Add(steps.SelectMany(r => new[] { r.ObjectId, r.Id }).ToArray()); return; }
            if (steps.Count == search.MaxHops) return;
            foreach (var relation in graph.Outgoing(at))
            {
                if (!allowed.Contains(relation.PredicateId) || avoid.Contains(relation.ObjectId) || !onPath.Add(relation.ObjectId)) continue;
                steps.Add(relation);
                Walk(relation.ObjectId);
                steps.RemoveAt(steps.Count - 1);
                onPath.Remove(relation.ObjectId);
            }
        }

        Walk(search.FromId);
        all.Sort(Order);
        // Sorted on (entity, relation) pairs; answered as relation ids.
        return all.Take(search.MaxPaths).Select(p => p.Where((_, i) => i % 2 == 1).ToArray()).ToArray();
    }

    /// <summary>Fewer hops first, then element by element (ordinal).</summary>
    public static int Order(string[] x, string[] y)
    {
        if (x.Length != y.Length) return x.Length.CompareTo(y.Length);
        for (var i = 0; i < x.Length; i++)
            if (string.CompareOrdinal(x[i], y[i]) is var c and not 0) return c;
        return 0;
    }
}
