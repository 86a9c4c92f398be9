using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Storage;

/// <summary>
/// The embedded search against a brute-force enumeration on generated graphs: random pairs, maxHops 1–8, predicate
/// filters and avoid lists, parallel relations and cycles. Equal to the oracle's k least paths, monotone in maxHops,
/// never more than k.
/// </summary>
public sealed class KShortestPathsPropertyTests
{
    private static readonly Predicate Inhibits = TestGraphs.Predicate("inhibits", Sign.Decreases);

    /// <summary>A random multigraph: <paramref name="entities"/> entities, relations with three predicates, parallel ones and cycles included.</summary>
    private static KnowledgeGraph Generate(int seed, int entities, int relations)
    {
        var random = new Random(seed);
        string[] predicates = ["activates", "inhibits", "binds"];
        // Ids are numbered in a shuffled order so relation-id order is unrelated to where a relation sits.
        var numbers = Enumerable.Range(0, relations).OrderBy(_ => random.Next()).ToArray();
        var list = Enumerable.Range(0, relations)
            .Select(i => new Relation($"r{numbers[i]:D4}", $"n{random.Next(entities)}", predicates[random.Next(3)], $"n{random.Next(entities)}", [], []))
            .ToList();
        return TestGraphs.Of([TestGraphs.Activates, TestGraphs.Binds, Inhibits], list);
    }

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 24));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomQueries_EqualTheOraclesKLeast_AreMonotoneInMaxHops_AndNeverExceedK(int seed) =>
        CheckAgainstTheOracle(Generate(seed, entities: 7 + seed % 6, relations: 18 + seed * 2), seed);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void OnDenseGraphs_WhereTheLastLayerIsLookedUp_TheAnswerStillEqualsTheOracles(int seed) =>
        CheckAgainstTheOracle(Generate(seed, entities: 7, relations: 80), seed);

    private static void CheckAgainstTheOracle(KnowledgeGraph graph, int seed)
    {
        var random = new Random(seed * 7919);
        var ids = graph.Entities.Select(e => e.Id).ToArray();
        for (var query = 0; query < 12; query++)
        {
            var from = ids[random.Next(ids.Length)];
            var to = ids[random.Next(ids.Length)];
            string[] predicates = random.Next(3) switch { 0 => ["activates", "inhibits", "binds"], 1 => ["activates", "inhibits"], _ => ["activates", "binds"] };
            var avoid = random.Next(2) == 0 ? [] : new[] { ids[random.Next(ids.Length)] };
            var k = random.Next(1, 12);
            IReadOnlyList<string[]> previous = [];
            for (var maxHops = 1; maxHops <= 8; maxHops++)
            {
                var search = new PathSearch(from, to, maxHops, predicates, avoid, k, 10_000_000);
                var result = EmbeddedPathSearch.Run(graph, search, TestContext.Current.CancellationToken);
                var found = result.Paths.Select(p => p.Select(r => r.Id).ToArray()).ToArray();
                var expected = PathOracle.KShortest(graph, search);

                var what = $"seed {seed}, query {query}: {from} → {to}, maxHops {maxHops}, k {k}, predicates [{string.Join(",", predicates)}], avoid [{string.Join(",", avoid)}]";
                Assert.False(result.Truncated, what);
                Assert.True(expected.SequenceEqual(found, PathComparer.Instance),
                    $"{what}\nexpected: {Show(expected)}\nfound:    {Show(found)}");
                Assert.True(found.Length <= k, what);
                Assert.True(previous.All(p => found.Contains(p, PathComparer.Instance)), $"{what}: a path of maxHops {maxHops - 1} was lost");
                AssertConnected(graph, from, to, result.Paths);
                previous = found;
            }
        }
    }

    [Fact]
    public void ParallelRelations_AreDistinctPaths_InRelationIdOrder()
    {
        var graph = TestGraphs.Of([TestGraphs.Activates, Inhibits],
        [
            new Relation("r3", "a", "activates", "b", [], []),
            new Relation("r1", "a", "inhibits", "b", [], []),
            new Relation("r2", "b", "activates", "c", [], []),
            new Relation("r0", "a", "activates", "c", [], []),
        ]);

        var result = EmbeddedPathSearch.Run(graph, new PathSearch("a", "c", 3, ["activates", "inhibits"], [], 10, 1000), TestContext.Current.CancellationToken);

        Assert.Equal(["r0", "r1/r2", "r3/r2"], result.Paths.Select(p => string.Join("/", p.Select(r => r.Id))));
    }

    private static void AssertConnected(KnowledgeGraph graph, string from, string to, IReadOnlyList<IReadOnlyList<Relation>> paths)
    {
        foreach (var path in paths)
        {
            Assert.Equal(from, path[0].SubjectId);
            Assert.Equal(to, path[^1].ObjectId);
            for (var i = 1; i < path.Count; i++) Assert.Equal(path[i - 1].ObjectId, path[i].SubjectId);
            Assert.Equal(path.Count + 1, path.Select(r => r.ObjectId).Prepend(from).Distinct().Count());
        }
    }

    private static string Show(IEnumerable<string[]> paths) => string.Join(" | ", paths.Select(p => string.Join("/", p)));

    private sealed class PathComparer : IEqualityComparer<string[]>
    {
        public static readonly PathComparer Instance = new();
        public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!);
        public int GetHashCode(string[] obj) => obj.Length;
    }
}
