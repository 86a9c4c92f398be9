using System.Text.Json;
using MechanismGraph.Graph;
using MechanismGraph.Seed;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>Seeding against the in-process fake of the Query API: the request sequence, all-or-nothing retries, reports.</summary>
public sealed class Neo4jSeederTests
{
    private static readonly KnowledgeGraph Seed = ShippedSeed.Graph;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string Sent(string statement) => StatementText.Collapse(Neo4jStatements.Get(statement));

    private static Neo4jSeeder Seeder(FakeQueryApi fake) => new(new HttpClient(), fake.Options());

    [Fact]
    public async Task Seed_CreatesConstraintsThenWritesEverythingInOneTransactionOfUnwindBatches()
    {
        await using var fake = await FakeQueryApi.StartAsync();

        await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);

        var requests = fake.Requests;
        var schema = requests.TakeWhile(r => r.Path.EndsWith("/query/v2", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, schema.Count);
        Assert.All(schema, r => Assert.StartsWith("CREATE ", r.Json.GetProperty("statement").GetString()));
        var transaction = requests.Skip(schema.Count).ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", transaction[0].Path);
        Assert.EndsWith("/commit", transaction[^1].Path);
        Assert.Equal(["tx1"], fake.Committed);

        var batches = transaction.Skip(1).SkipLast(1).ToList();
        Assert.Equal([Sent("seed-kinds"), Sent("seed-predicates"), Sent("seed-documents"), Sent("seed-entities"), Sent("seed-relations")],
            batches.Select(b => b.Json.GetProperty("statement").GetString()));
        var rows = batches.Sum(b => b.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").GetArrayLength());
        Assert.Equal(Seed.Kinds.Count + Seed.Predicates.Count + Seed.Documents.Count + Seed.Entities.Count + Seed.Relations.Count, rows);
    }

    [Fact]
    public async Task Seed_RelationRows_CarryEvidenceAsParallelLists()
    {
        await using var fake = await FakeQueryApi.StartAsync();

        await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);

        var relations = fake.Requests.Single(r => r.Body.Contains("RELATES", StringComparison.Ordinal) && r.Path.Contains("/tx/", StringComparison.Ordinal));
        var rows = relations.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value");
        var blocks = rows.EnumerateArray().Single(r => Value(r, "id").GetString() == "ketamine-blocks-nmda-receptor");
        var props = Value(blocks, "props"); // the props map's entries, each typed
        Assert.Equal(4, props.GetProperty("evidenceQuotes").GetProperty("_value").GetArrayLength());
        Assert.Equal("Integer", props.GetProperty("evidenceStarts").GetProperty("_value")[0].GetProperty("$type").GetString());
        Assert.Equal(["mechanism", "binding site", "precondition"], props.GetProperty("qualifierKeys").GetProperty("_value").EnumerateArray().Select(k => k.GetProperty("_value").GetString()));
    }

    [Fact]
    public async Task Seed_ReportsNothingChanged_WhenNeo4jSaysNoUpdates()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var created = FakeAnswer.NoCounters.Replace("\"containsUpdates\":false", "\"containsUpdates\":true").Replace("\"nodesCreated\":0", "\"nodesCreated\":28");
        fake.Answer(Sent("seed-entities"), FakeAnswer.Nothing.DataJson, created);

        var first = await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);
        fake.Answer(Sent("seed-entities"), FakeAnswer.Nothing.DataJson, FakeAnswer.NoCounters);
        var second = await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);

        Assert.False(first.NothingChanged);
        Assert.Equal(28, first.NodesCreated);
        Assert.True(second.NothingChanged);
    }

    [Fact]
    public async Task Seed_SchemaStatementMeetingA503_IsSentAgainByTheSameRetryPolicy()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Status(503)); // the first schema statement

        await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);

        var first = fake.Requests[0].Json.GetProperty("statement").GetString();
        Assert.Equal(first, fake.Requests[1].Json.GetProperty("statement").GetString());
        Assert.Equal(["tx1"], fake.Committed);
    }

    [Fact]
    public async Task Seed_StillUnavailableAfterEveryRetry_IsStoreUnavailable_AndCommitsNothing()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        // 6 schema statements pass; then each of the 1 + MaxRetries (2) transaction attempts meets a 503 when it opens.
        fake.Fail([.. Enumerable.Repeat(new FakeFault("pass", _ => Task.FromResult(false)), 6), FakeFault.Status(503), FakeFault.Status(503), FakeFault.Status(503)]);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            new Neo4jSeeder(new HttpClient(), fake.Options(o => o.MaxRetries = 2)).SeedAsync(Seed, cancellationToken: Ct));

        Assert.Contains("503", error.Message);
        Assert.Empty(fake.Committed);
        Assert.Equal(9, fake.Requests.Count);
    }

    [Fact]
    public async Task Seed_InterruptedMidTransaction_RollsBackAndStartsTheWholeTransactionAgain()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        // 6 schema statements, begin, kinds batch, then the predicates batch meets a 503.
        fake.Fail([.. Enumerable.Repeat(new FakeFault("pass", _ => Task.FromResult(false)), 8), FakeFault.Status(503)]);

        var report = await Seeder(fake).SeedAsync(Seed, cancellationToken: Ct);

        Assert.Equal(Seed.Relations.Count, report.Relations);
        Assert.Equal(["tx2"], fake.Committed);
        Assert.Equal(["tx1"], fake.RolledBack);
    }

    [Fact]
    public async Task Seed_Unreachable_IsStoreUnavailableNamingTheUrl()
    {
        var options = new Neo4jConnectionOptions { Url = new Uri($"http://127.0.0.1:{FakeQueryApi.UnusedPort()}"), MaxRetries = 0 };

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

    // Typed JSON: {"$type": "Map", "_value": {"key": {"$type": …, "_value": …}}}; returns the entry's own _value.
    private static JsonElement Value(JsonElement typedMap, string key) => typedMap.GetProperty("_value").GetProperty(key).GetProperty("_value");
}
