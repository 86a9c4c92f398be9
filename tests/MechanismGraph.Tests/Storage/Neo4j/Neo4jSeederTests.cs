using System.Text.Json;
using MechanismGraph.Graph;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>Seeding against the in-process fake of the Query API: the request sequence, batch retries, reports.</summary>
public sealed class Neo4jSeederTests
{
    private static readonly KnowledgeGraph Seed = ShippedSeed.Graph;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string Sent(string statement) => StatementText.Collapse(Neo4jStatements.Get(statement));

    private static Neo4jSeeder Seeder(FakeQueryApi fake, int batchSize = 2000) => new(fake.Client(), new Neo4jImportOptions { BatchSize = batchSize });

    [Fact]
    public async Task Seed_CreatesTheSchema_ThenWritesEachBatchAsItsOwnAutoCommitTransaction_ThenFlipsOnce()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        FakeGraphDatabase.AttachTo(fake);

        await Seeder(fake, batchSize: 40).SeedAsync(Seed, cancellationToken: Ct);

        var requests = fake.Requests;
        Assert.All(requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path)); // no explicit transaction anywhere
        var statements = requests.Select(r => r.Statement!).ToList();
        var schema = statements.TakeWhile(s => s.StartsWith("CREATE ", StringComparison.Ordinal) || s.StartsWith("DROP ", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, schema.Count);
        Assert.Equal([Sent("generation-list"), Sent("generation-begin")], statements.Skip(schema.Count).Take(2));
        var batches = requests.Where(r => r.Statement!.Contains("UNWIND $rows", StringComparison.Ordinal)).ToList();
        Assert.All(batches, b => Assert.InRange(b.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").GetArrayLength(), 1, 40));
        Assert.All(batches, b => Assert.Equal("1", b.Json.GetProperty("parameters").GetProperty("generation").GetProperty("_value").GetString()));
        Assert.Equal(Neo4jSeedRowsCount(Seed), batches.Sum(b => b.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").GetArrayLength()));
        Assert.Equal(Sent("generation-activate"), statements[^1]); // nothing before had a previous generation to remove
        Assert.Single(statements, Sent("generation-activate"));
    }

    [Fact]
    public async Task Seed_RelationRows_CarryEvidenceAsParallelLists()
    {
        await using var database = await FakeQueryApi.StartAsync();
        FakeGraphDatabase.AttachTo(database);
        await Seeder(database).SeedAsync(Seed, cancellationToken: Ct);
        var relations = database.Requests.Single(r => r.Statement == Sent("seed-relations"));
        var rows = relations.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value");
        var blocks = rows.EnumerateArray().Single(r => Value(r, "id").GetString() == "ketamine-blocks-nmda-receptor");
        var props = Value(blocks, "props"); // the props map's entries, each typed
        Assert.Equal(4, props.GetProperty("evidenceQuotes").GetProperty("_value").GetArrayLength());
        Assert.Equal("Integer", props.GetProperty("evidenceStarts").GetProperty("_value")[0].GetProperty("$type").GetString());
        Assert.Equal(["mechanism", "binding site", "precondition"], props.GetProperty("qualifierKeys").GetProperty("_value").EnumerateArray().Select(k => k.GetProperty("_value").GetString()));
    }

    [Fact]
    public async Task SeedingTheSameGraphAgain_WritesNothing_AndReportsNothingChanged()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);

        var first = await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);
        var before = fake.RequestCount;
        var second = await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);

        Assert.False(first.NothingChanged);
        Assert.Equal(Seed.Entities.Count + Seed.Documents.Count + Seed.Predicates.Count + Seed.Kinds.Count, first.NodesCreated);
        Assert.True(second.NothingChanged);
        Assert.Equal(1, second.Generation);
        Assert.Equal(13 + 1, fake.RequestCount - before); // the schema and one look at the generations: the active one holds this graph
        Assert.Equal([(1L, "active")], database.Generations);
    }

    [Fact]
    public async Task TransientFaultOnABatch_SendsThatBatchAgain_BecauseItIsIdempotent()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        // 13 schema statements, the generation list, begin, one batch, then the next batch meets a 503 once.
        fake.Fail([.. Enumerable.Repeat(new FakeFault("pass", _ => Task.FromResult(false)), 16), FakeFault.Status(503)]);

        var report = await Seeder(fake, batchSize: 40).SeedAsync(Seed, cancellationToken: Ct);

        Assert.Equal(Seed.Relations.Count, report.Relations);
        Assert.Equal([(1L, "active")], database.Generations);
        Assert.Equal(fake.Requests[16].Body, fake.Requests[17].Body);
        Assert.Empty(fake.Committed); // no explicit transactions
    }

    [Fact]
    public async Task Seed_SchemaStatementMeetingA503_IsSentAgainByTheSameRetryPolicy()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        fake.Fail(FakeFault.Status(503)); // the first schema statement

        await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);

        Assert.Equal(fake.Requests[0].Statement, fake.Requests[1].Statement);
        Assert.Equal([(1L, "active")], database.Generations);
    }

    [Fact]
    public async Task Seed_StillUnavailableAfterEveryRetry_IsStoreUnavailable_AndOpensNoGeneration()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        // 13 schema statements pass; then each of the 1 + MaxRetries (2) attempts to list the generations meets a 503.
        fake.Fail([.. Enumerable.Repeat(new FakeFault("pass", _ => Task.FromResult(false)), 13), FakeFault.Status(503), FakeFault.Status(503), FakeFault.Status(503)]);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            new Neo4jSeeder(fake.Client(o => o.MaxRetries = 2)).SeedAsync(Seed, cancellationToken: Ct));

        Assert.Contains("503", error.Message);
        Assert.Empty(database.Generations);
        Assert.Equal(16, fake.Requests.Count);
    }

    [Fact]
    public async Task Seed_Unreachable_IsStoreUnavailableNamingTheUrl()
    {
        using var down = new ClosedPort();
        var options = new Neo4jConnectionOptions { Url = new Uri($"http://127.0.0.1:{down.Port}"), MaxRetries = 0 };

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => new Neo4jSeeder(new HttpClient(), options).SeedAsync(Seed, cancellationToken: Ct));

        Assert.Contains($"Neo4j at {options.Url.ToString().TrimEnd('/')} is unreachable", error.Message);
    }

    [Fact]
    public async Task Seed_WrongPassword_IsStoreUnavailableSayingAuthenticationFailed()
    {
        await using var fake = await FakeQueryApi.StartAsync();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            new Neo4jSeeder(new HttpClient(), fake.Options(o => o.Password = "wrong")).SeedAsync(Seed, cancellationToken: Ct));

        Assert.IsType<Neo4jAuthenticationException>(error.InnerException);
    }

    internal static int Neo4jSeedRowsCount(KnowledgeGraph graph) => Neo4jSeedRows.Count(graph);

    // Typed JSON: {"$type": "Map", "_value": {"key": {"$type": …, "_value": …}}}; returns the entry's own _value.
    private static JsonElement Value(JsonElement typedMap, string key) => typedMap.GetProperty("_value").GetProperty(key).GetProperty("_value");
}
