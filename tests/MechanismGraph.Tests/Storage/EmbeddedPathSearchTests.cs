using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Storage;

public sealed class EmbeddedPathSearchTests
{
    /// <summary>A complete directed graph: every node activates every other, the worst case for path enumeration.</summary>
    private static KnowledgeGraph Complete(int nodes)
    {
        var ids = Enumerable.Range(0, nodes).Select(i => $"n{i:D3}").ToArray();
        var relations = from a in ids from b in ids where a != b select new Relation($"{a}-{b}", a, "activates", b, [], [TestGraphs.Quote]);
        return TestGraphs.Of([TestGraphs.Activates, TestGraphs.Binds], relations);
    }

    private static PathSearch Search(string from, string to, int maxHops, int maxPaths = 1000, int budget = 1_000_000, string[]? avoid = null) =>
        new(from, to, maxHops, ["activates"], avoid ?? [], maxPaths, budget);

    [Fact]
    public async Task DenseGraph_StopsAtTheWorkBudget_AndSaysSo()
    {
        var store = new EmbeddedGraphStore(Complete(40));

        var result = await store.FindPathsAsync(Search("n000", "n001", maxHops: 10, maxPaths: 1_000_000, budget: 50_000), TestContext.Current.CancellationToken);

        Assert.True(result.Truncated);
        Assert.NotEmpty(result.Paths);
        Assert.Single(result.Paths[0]); // shortest first: the direct edge
    }

    [Fact]
    public async Task Paths_AreSimple_ShortestFirst_AndCappedInNumber()
    {
        var store = new EmbeddedGraphStore(Complete(6));

        var result = await store.FindPathsAsync(Search("n000", "n005", maxHops: 3, maxPaths: 10), TestContext.Current.CancellationToken);

        Assert.False(result.Truncated);
        Assert.Equal(10, result.Paths.Count);
        Assert.Equal(result.Paths.Select(p => p.Count).Order(), result.Paths.Select(p => p.Count));
        foreach (var path in result.Paths)
        {
            var nodes = path.Select(r => r.SubjectId).Append(path[^1].ObjectId).ToList();
            Assert.Equal(nodes.Count, nodes.Distinct().Count());
            Assert.Equal("n000", nodes[0]);
            Assert.Equal("n005", nodes[^1]);
            Assert.All(path.Zip(path.Skip(1)), pair => Assert.Equal(pair.First.ObjectId, pair.Second.SubjectId));
        }
    }

    [Fact]
    public async Task AllPathsUpToTheHopLimit_AreFound_WhenUnbounded()
    {
        var store = new EmbeddedGraphStore(Complete(5));

        var result = await store.FindPathsAsync(Search("n000", "n004", maxHops: 4), TestContext.Current.CancellationToken);

        // 1 direct + 3 two-step + 3·2 three-step + 3·2·1 four-step simple paths.
        Assert.Equal(1 + 3 + 6 + 6, result.Paths.Count);
    }

    [Fact]
    public async Task Avoid_And_PredicateFilter_AreRespected()
    {
        var store = new EmbeddedGraphStore(Complete(5));

        var avoided = await store.FindPathsAsync(Search("n000", "n004", maxHops: 4, avoid: ["n001", "n002"]), TestContext.Current.CancellationToken);
        Assert.Equal(2, avoided.Paths.Count); // direct, and via n003
        Assert.All(avoided.Paths, p => Assert.DoesNotContain(p, r => r.ObjectId is "n001" or "n002"));

        var onlyBinds = await store.FindPathsAsync(Search("n000", "n004", 4) with { Predicates = ["binds"] }, TestContext.Current.CancellationToken);
        Assert.Empty(onlyBinds.Paths);
    }
}
