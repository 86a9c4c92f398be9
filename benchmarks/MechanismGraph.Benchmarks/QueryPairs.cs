using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Benchmarks;

/// <summary>Random connected (source, target) pairs: the target is 2–4 causal hops downstream of the source, as pathway queries ask.</summary>
internal static class QueryPairs
{
    public static IReadOnlyList<(string From, string To)> Pick(KnowledgeGraph graph, int count, int seed)
    {
        var random = new Random(seed);
        var causal = graph.Predicates.Where(p => p.IsCausal).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var sources = graph.Entities.Where(e => graph.Outgoing(e.Id).Count > 0).Select(e => e.Id).ToArray();
        var pairs = new List<(string, string)>();
        while (pairs.Count < count)
        {
            var from = sources[random.Next(sources.Length)];
            // Walk a random causal chain of 2–4 steps; its end is connected to the start by construction.
            var hops = random.Next(2, 5);
            var at = from;
            for (var i = 0; i < hops; i++)
            {
                var next = graph.Outgoing(at).Where(r => causal.Contains(r.PredicateId) && r.ObjectId != from).ToArray();
                if (next.Length == 0) { at = from; break; }
                at = next[random.Next(next.Length)].ObjectId;
            }
            if (at != from) pairs.Add((from, at));
        }
        return pairs;
    }

    /// <summary>The entity with the most outgoing causal relations: the worst case for effects().</summary>
    public static Entity Hub(KnowledgeGraph graph) =>
        graph.Entities.MaxBy(e => graph.Outgoing(e.Id).Count(r => graph.SignOf(r) != Sign.None))!;
}
