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
}
