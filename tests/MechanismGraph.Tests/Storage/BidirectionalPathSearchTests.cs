using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Storage;

/// <summary>The embedded path search grows layers from both ends, so a hub at either end does not exhaust its budget.</summary>
public sealed class BidirectionalPathSearchTests
{
    private static KnowledgeGraph Graph(IEnumerable<(string From, string To)> edges, string predicate = "activates") =>
        TestGraphs.Of([TestGraphs.Activates, TestGraphs.Binds], edges.Select((e, i) => new Relation($"r{i:D6}", e.From, predicate, e.To, [], [])));

    private static PathSearch Search(string from, string to, int maxHops, int maxPaths = 100_000, int budget = 10_000_000) =>
        new(from, to, maxHops, ["activates"], [], maxPaths, budget);

    [Fact]
    public async Task AHubTarget_WhoseTwoHopUpstreamExceedsTheBudget_IsStillReachedFromANormalSource()
    {
        // hub ← 1,000 feeders ← 50 upstream nodes each (50,000 relations); and one chain s → a → hub.
        var feeders = Enumerable.Range(0, 1000).Select(i => $"f{i}").ToArray();
        var edges = feeders.Select(f => (f, "hub"))
            .Concat(feeders.SelectMany(f => Enumerable.Range(0, 50).Select(u => ($"u{u}", f))))
            .Append(("s", "a")).Append(("a", "hub"));
        var store = new EmbeddedGraphStore(Graph(edges));

        var result = await store.FindPathsAsync(Search("s", "hub", maxHops: 4, budget: 20_000), TestContext.Current.CancellationToken);

        Assert.False(result.Truncated);
        var path = Assert.Single(result.Paths);
        Assert.Equal(["s", "a"], path.Select(r => r.SubjectId));
    }

    [Fact]
    public async Task AHubSource_IsSearchedFromTheTargetSide()
    {
        // hub → 1,000 targets → 50 downstream nodes each; the only way to t is hub → b → t.
        var targets = Enumerable.Range(0, 1000).Select(i => $"x{i}").ToArray();
        var edges = targets.Select(x => ("hub", x))
            .Concat(targets.SelectMany(x => Enumerable.Range(0, 50).Select(d => (x, $"d{d}"))))
            .Append(("hub", "b")).Append(("b", "t"));
        var store = new EmbeddedGraphStore(Graph(edges));

        var result = await store.FindPathsAsync(Search("hub", "t", maxHops: 4, budget: 20_000), TestContext.Current.CancellationToken);

        Assert.False(result.Truncated);
        Assert.Equal(["hub", "b"], Assert.Single(result.Paths).Select(r => r.SubjectId));
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 4)]
    [InlineData(3, 5)]
    [InlineData(4, 4)]
    public async Task OnRandomGraphs_FindsExactlyEverySimplePath_ShortestFirst(int seed, int maxHops)
    {
        var random = new Random(seed);
        var edges = Enumerable.Range(0, 120).Select(_ => ($"n{random.Next(25)}", $"n{random.Next(25)}")).Where(e => e.Item1 != e.Item2).Distinct().ToList();
        var graph = Graph(edges);
        var store = new EmbeddedGraphStore(graph);
        var pairs = Enumerable.Range(0, 10).Select(_ => ($"n{random.Next(25)}", $"n{random.Next(25)}")).Where(p => p.Item1 != p.Item2 && graph.Entity(p.Item1) is not null && graph.Entity(p.Item2) is not null);

        foreach (var (from, to) in pairs)
        {
            var result = await store.FindPathsAsync(Search(from, to, maxHops), TestContext.Current.CancellationToken);

            var expected = BruteForce(graph, from, to, maxHops).Select(Key).Order(StringComparer.Ordinal);
            Assert.Equal(expected, result.Paths.Select(Key).Order(StringComparer.Ordinal));
            Assert.Equal(result.Paths.Select(p => p.Count).Order(), result.Paths.Select(p => p.Count));
        }
    }

    [Fact]
    public async Task ACappedSearch_ReturnsTheShortestPaths()
    {
        var random = new Random(9);
        var edges = Enumerable.Range(0, 300).Select(_ => ($"n{random.Next(30)}", $"n{random.Next(30)}")).Where(e => e.Item1 != e.Item2).Distinct();
        var graph = Graph(edges);
        var all = BruteForce(graph, "n0", "n1", 4);

        var result = await new EmbeddedGraphStore(graph).FindPathsAsync(Search("n0", "n1", 4, maxPaths: 5), TestContext.Current.CancellationToken);

        Assert.Equal(5, result.Paths.Count);
        Assert.Equal(all.Select(p => p.Count).Order().Take(5), result.Paths.Select(p => p.Count));
    }

    private static string Key(IReadOnlyList<Relation> path) => string.Join("/", path.Select(r => r.Id));

    private static List<IReadOnlyList<Relation>> BruteForce(KnowledgeGraph graph, string from, string to, int maxHops)
    {
        var found = new List<IReadOnlyList<Relation>>();
        void Walk(string at, List<Relation> steps, HashSet<string> seen)
        {
            if (steps.Count == maxHops) return;
            foreach (var r in graph.Outgoing(at))
            {
                if (seen.Contains(r.ObjectId)) continue;
                steps.Add(r);
                if (r.ObjectId == to) found.Add(steps.ToArray());
                else { seen.Add(r.ObjectId); Walk(r.ObjectId, steps, seen); seen.Remove(r.ObjectId); }
                steps.RemoveAt(steps.Count - 1);
            }
        }
        Walk(from, [], [from]);
        return found;
    }
}
