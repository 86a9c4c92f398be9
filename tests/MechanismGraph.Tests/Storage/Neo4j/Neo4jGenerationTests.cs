using System.Text.Json;
using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing;
using MechanismGraph.Testing.Neo4jFake;
using static MechanismGraph.Tests.Storage.Neo4j.Neo4jSeederTests;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>
/// Imports in batches into a new generation, flipped live in one transaction (seed-data/README.md, "In Neo4j"), against
/// the fake Query API with <see cref="FakeGraphDatabase"/> running the statements and, where said, a transaction size limit.
/// </summary>
public sealed class Neo4jGenerationTests
{
    private static readonly KnowledgeGraph Seed = ShippedSeed.Graph;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A graph unlike the seed: a chain of 400 relations over 401 entities.</summary>
    private static readonly KnowledgeGraph Chain = ChainOf(400);

    private static KnowledgeGraph ChainOf(int length) => TestGraphs.Of([TestGraphs.Activates],
        Enumerable.Range(0, length).Select(i => new Relation($"chain-{i:D4}", $"n{i:D4}", "activates", $"n{i + 1:D4}", [], [TestGraphs.Quote])));

    private static Neo4jSeeder Seeder(FakeQueryApi fake, int batchSize = 50, bool resume = false) =>
        new(fake.Client(), new Neo4jImportOptions { BatchSize = batchSize, Resume = resume });

    /// <summary>Lets <paramref name="count"/> requests through, then answers 503 until the client's retries (3) give up.</summary>
    private static void InterruptAfter(FakeQueryApi fake, int count) =>
        fake.Fail([.. Enumerable.Repeat(new FakeFault("pass", _ => Task.FromResult(false)), count), .. Enumerable.Repeat(FakeFault.Status(503), 4)]);

    [Fact]
    public async Task ATransactionSizeLimit_FailsTheSingleTransactionImport_AndTheBatchedImportSucceeds()
    {
        await using var old = await FakeQueryApi.StartAsync();
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        old.MaxTransactionRows = fake.MaxTransactionRows = 300;
        var client = fake.Client();

        // What the seeder did before generations: every batch inside one explicit transaction, committed at the end.
        // (The fake database runs auto-commit statements only, so this fake answers the batches without storing them.)
        var single = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => old.Client().InTransactionAsync(async (tx, token) =>
        {
            foreach (var batch in Neo4jSeedRows.Batches(Chain, 50))
                await tx.RunAsync(Neo4jStatements.Get(batch.Statement), new Dictionary<string, object?> { ["rows"] = batch.Rows, ["generation"] = 1L }, token);
            return await tx.CommitAsync(token);
        }, Ct));
        var report = await Seeder(fake, batchSize: 50).SeedAsync(Chain, cancellationToken: Ct);

        Assert.Equal("Neo.TransientError.General.MemoryPoolOutOfMemoryError", single.Code);
        Assert.Empty(old.Committed);
        Assert.Equal(4, old.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal))); // opened 4 times: 1 + 3 retries, each refused past 300 rows
        Assert.Empty(fake.Committed);
        Assert.Equal(400, report.RelationshipsCreated);
        Assert.Equal(new GraphCounts(1, 401, 400, 400, 1), await new Neo4jGraphStore(client).CountsAsync(Ct));
        Assert.Equal([(1L, "active")], database.Generations);
    }

    [Fact]
    public async Task AnImportInterruptedMidway_LeavesThePreviousGenerationAnsweringUnchanged_AndResumeCompletesIt()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        var store = new Neo4jGraphStore(fake.Client());
        await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);
        var before = await SnapshotAsync(store);

        // 13 schema statements, the generation list, begin, 4 batches of 50 rows; then the server goes away.
        InterruptAfter(fake, 13 + 1 + 1 + 4);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => Seeder(fake).SeedAsync(Chain, cancellationToken: Ct));
        var during = await SnapshotAsync(store);
        var interrupted = database.Generations;
        var written = database.ItemsOf(2);
        var activationsBefore = fake.Requests.Count(r => r.Statement == Sent("generation-activate"));

        var resumed = await Seeder(fake, resume: true).SeedAsync(Chain, cancellationToken: Ct);
        var after = await SnapshotAsync(store);

        Assert.Equal(before, during);
        Assert.Equal([(1L, "active"), (2L, "writing")], interrupted);
        Assert.Equal(53, written); // 1 kind, 1 predicate, 1 document, 50 entities: the four batches that got through
        Assert.Equal(2, resumed.Generation);
        Assert.Equal(401 - 50, resumed.NodesCreated); // the resumed run skipped every row already written
        Assert.Equal(new GraphCounts(1, 401, 400, 400, 1), await store.CountsAsync(Ct));
        Assert.NotEqual(before, after);
        Assert.Equal([(2L, "active")], database.Generations); // generation 1 removed, and forgotten
        Assert.Equal(0, database.ItemsOf(1));
        var flips = fake.Requests.Where(r => r.Statement == Sent("generation-activate")).ToList();
        Assert.Equal(activationsBefore + 1, flips.Count); // the flip of generation 2 is one request, one auto-commit transaction
        Assert.Equal("/db/neo4j/query/v2", flips[^1].Path);
    }

    [Fact]
    public async Task ImportingAgainWithoutResume_DiscardsTheInterruptedGeneration()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);
        InterruptAfter(fake, 13 + 1 + 1 + 3);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => Seeder(fake).SeedAsync(Chain, cancellationToken: Ct));

        var report = await Seeder(fake).SeedAsync(Chain, cancellationToken: Ct);

        // The interrupted generation 2 was removed before a new one opened; numbers are max + 1, so it is 2 again, written whole.
        Assert.Contains(fake.Requests, r => r.Statement == Sent("generation-remove-nodes") && r.Body.Contains("\"generation\":{\"$type\":\"Integer\",\"_value\":\"2\"}", StringComparison.Ordinal));
        Assert.Equal(1 + 1 + 1 + 401, report.NodesCreated);
        Assert.Equal([(2L, "active")], database.Generations);
        Assert.Equal(0, database.ItemsOf(1));
    }

    [Fact]
    public async Task ResumingWithOtherInput_IsRefused_AndTheActiveGraphStays()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        var store = new Neo4jGraphStore(fake.Client());
        await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);
        InterruptAfter(fake, 13 + 1 + 1 + 3);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => Seeder(fake).SeedAsync(Chain, cancellationToken: Ct));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => Seeder(fake, resume: true).SeedAsync(ChainOf(399), cancellationToken: Ct));

        Assert.Contains("holds an interrupted import (generation 2) of other input", error.Message);
        Assert.Equal([(1L, "active"), (2L, "writing")], database.Generations);
        Assert.Equal(Seed.Entities.Count, (await store.CountsAsync(Ct)).Entities);
    }

    [Fact]
    public async Task ResumingWithNothingInterrupted_ImportsAsUsual()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);

        var report = await Seeder(fake, resume: true).SeedAsync(Chain, cancellationToken: Ct);

        Assert.Equal(1, report.Generation);
        Assert.Equal([(1L, "active")], database.Generations);
    }

    /// <summary>Every read the fake database answers, serialised: equal snapshots mean every answer is the same.</summary>
    private static async Task<string> SnapshotAsync(IGraphStore store)
    {
        var ids = (await store.EntityLabelsAsync(Ct)).Select(l => l.Id).ToArray();
        var snapshot = new
        {
            counts = await store.CountsAsync(Ct),
            documents = await store.DocumentsAsync(Ct),
            predicates = await store.PredicatesAsync(Ct),
            kinds = await store.KindsAsync(Ct),
            labels = await store.EntityLabelsAsync(Ct),
            entities = await store.GetEntitiesAsync(ids, Ct),
            found = await store.FindEntitiesAsync("ketamine", Ct),
            outgoing = await store.NeighbourRelationsAsync(ids, Direction.Outgoing, null, Ct),
            incoming = await store.NeighbourRelationsAsync(ids, Direction.Incoming, null, Ct),
            search = await store.SearchEntitiesAsync(new EntitySearch(null, null, null, 50), Ct),
            relations = await store.QueryRelationsAsync(new RelationFilter(null, null, null, null, 50), Ct),
        };
        return JsonSerializer.Serialize(snapshot);
    }
}
