using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>The store contract on a real Neo4j (NEO4J_URL or Docker); reported as skipped, with the reason, where neither exists.</summary>
public sealed class Neo4jStoreContractTests(Neo4jServerFixture server) : GraphStoreContract, IClassFixture<Neo4jServerFixture>
{
    protected override Task<IGraphStore> StoreAsync()
    {
        Assert.SkipWhen(server.Store is null, server.SkipReason ?? "Neo4j is not available");
        return Task.FromResult<IGraphStore>(server.Store!);
    }

    [Fact]
    public async Task SeedingTheSameGraphAgain_ChangesNothing_AndSaysSo()
    {
        Assert.SkipWhen(server.Store is null, server.SkipReason ?? "Neo4j is not available");

        var report = await server.Seeder!.SeedAsync(Seed, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.NothingChanged, $"second seed changed {report.NodesCreated} nodes, {report.RelationshipsCreated} relationships, {report.PropertiesSet} properties");
    }

    [Fact]
    public async Task SeedingAnotherGraph_FlipsToItsGeneration_AndRemovesThePreviousOne()
    {
        Assert.SkipWhen(server.Store is null, server.SkipReason ?? "Neo4j is not available");
        var chain = TestGraphs.Of([TestGraphs.Activates],
            Enumerable.Range(0, 30).Select(i => new Relation($"c{i:D2}", $"n{i:D2}", "activates", $"n{i + 1:D2}", [], [TestGraphs.Quote])));

        var report = await WhileHoldingAsync(chain, async () => (
            await server.Store!.CountsAsync(TestContext.Current.CancellationToken),
            await new Neo4jGenerations(server.Client!).ListAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(new GraphCounts(1, 31, 30, 30, 1), report.Item1);
        var generation = Assert.Single(report.Item2); // the seed's generation was removed and forgotten after the flip
        Assert.Equal(Neo4jGeneration.Active, generation.State);
        Assert.Equal(Seed.Entities.Count, (await server.Store!.CountsAsync(TestContext.Current.CancellationToken)).Entities);
    }

    [Fact]
    public async Task ShortestK_ReturnsKSimplePaths_WhereAShorterWalkRevisitsANode()
    {
        Assert.SkipWhen(server.Store is null, server.SkipReason ?? "Neo4j is not available");
        // a→b→c is the shortest path; a→b→y→b→c (4 steps, no relation twice) revisits b; a→d→e→f→g→c (5) is the second simple path.
        // A filter after SHORTEST 2 would pick the walk and drop it, leaving one path; the pre-filter finds both simple ones.
        string[][] steps = [["a", "b"], ["b", "c"], ["b", "y"], ["y", "b"], ["a", "d"], ["d", "e"], ["e", "f"], ["f", "g"], ["g", "c"]];
        var graph = TestGraphs.Of([TestGraphs.Activates], steps.Select(s => new Relation($"{s[0]}-{s[1]}", s[0], "activates", s[1], [], [TestGraphs.Quote])));

        var result = await WhileHoldingAsync(graph, () =>
            server.Store!.FindPathsAsync(new PathSearch("a", "c", 6, ["activates"], [], 2, 1000), TestContext.Current.CancellationToken));

        Assert.Equal([["a-b", "b-c"], ["a-d", "d-e", "e-f", "f-g", "g-c"]], result.Paths.Select(p => p.Select(r => r.Id).ToArray()));
    }

    /// <summary>Seeds <paramref name="graph"/>, runs <paramref name="check"/>, and seeds the shipped seed back for the other tests.</summary>
    private async Task<T> WhileHoldingAsync<T>(KnowledgeGraph graph, Func<Task<T>> check)
    {
        await server.Seeder!.SeedAsync(graph, cancellationToken: TestContext.Current.CancellationToken);
        try
        {
            return await check();
        }
        finally
        {
            await server.Seeder!.SeedAsync(Seed, cancellationToken: TestContext.Current.CancellationToken);
        }
    }
}
