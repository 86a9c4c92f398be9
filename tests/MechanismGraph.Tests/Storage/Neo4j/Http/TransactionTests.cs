using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Storage.Neo4j.Http;

public sealed class TransactionTests
{
    private const string Create = "CREATE (e:Entity {id: $id})";

    private static readonly Dictionary<string, object?> Ketamine = new() { ["id"] = "ketamine" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BeginRunCommit_EchoesTheAffinityHeaderOnEveryLaterRequest()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var client = fake.Client();

        await using (var tx = await client.BeginAsync(Ct))
        {
            await tx.RunAsync(Create, Ketamine, Ct);
            await tx.RunAsync(Create, new Dictionary<string, object?> { ["id"] = "glutamate" }, Ct);
            await tx.CommitAsync(Ct);
            Assert.Equal("tx1", tx.Id);
            Assert.NotNull(tx.Expires);
        }

        Assert.Equal(["tx1"], fake.Committed);
        Assert.Empty(fake.RolledBack);
        var requests = fake.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Affinity);
        var affinity = Convert.ToBase64String("10.8.5.1:7474"u8);
        Assert.All(requests.Skip(1), r => Assert.Equal(affinity, r.Affinity));
    }

    [Fact]
    public async Task CommitWithALastStatement_ReturnsItsResult()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("MATCH (e:Entity) RETURN count(e) AS n", """{"fields":["n"],"values":[[{"$type":"Integer","_value":"2"}]]}""");
        await using var tx = await fake.Client().BeginAsync(Ct);
        await tx.RunAsync(Create, Ketamine, Ct);

        var result = await tx.CommitAsync("MATCH (e:Entity) RETURN count(e) AS n", null, Ct);

        Assert.Equal(2L, result.Single<long>("n"));
        Assert.Equal(["tx1"], fake.Committed);
    }

    [Fact]
    public async Task DisposingWithoutCommit_RollsBack()
    {
        await using var fake = await FakeQueryApi.StartAsync();

        await using (var tx = await fake.Client().BeginAsync(Ct))
            await tx.RunAsync(Create, Ketamine, Ct);

        Assert.Equal(["tx1"], fake.RolledBack);
        Assert.Empty(fake.Committed);
        var rollback = fake.Requests[^1];
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx1"), (rollback.Method, rollback.Path));
        Assert.NotNull(rollback.Affinity);
    }

    [Fact]
    public async Task ExplicitRollback_IsNotRepeatedOnDispose_AndTheTransactionCannotBeUsedAfterwards()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var tx = await fake.Client().BeginAsync(Ct);

        await tx.RollbackAsync(Ct);
        await tx.DisposeAsync();

        Assert.Equal(["tx1"], fake.RolledBack);
        Assert.Equal(2, fake.Requests.Count);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync(Create, Ketamine, Ct));
        Assert.Equal("Transaction 'tx1' is rolledback; start a new one.", error.Message);
    }

    [Fact]
    public async Task ExpiredTransaction_OnCommit_IsTransactionExpired_AndDisposeStaysQuiet()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var tx = await fake.Client().BeginAsync(Ct);
        await tx.RunAsync(Create, Ketamine, Ct);
        fake.ExpireTransactions();

        var error = await Assert.ThrowsAsync<Neo4jTransactionExpiredException>(() => tx.CommitAsync(Ct));
        await tx.DisposeAsync();

        Assert.StartsWith(
            $"Neo4j at {fake.Url.ToString().TrimEnd('/')} no longer knows transaction 'tx1' (it idled past the server's transaction timeout, or was already closed); run the whole transaction again: Neo.ClientError.Transaction.TransactionNotFound: Transaction with Id: \"tx1\" was not found.",
            error.Message);
        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", error.Code);
        Assert.Equal(Neo4jErrorKind.TransactionExpired, error.Kind);
        Assert.Empty(fake.Committed);
    }

    [Fact]
    public async Task TransientFaultInsideATransaction_SurfacesAtOnce_WithoutRetry()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var client = fake.Client(o => o.MaxRetries = 5);
        await using var tx = await client.BeginAsync(Ct);
        fake.Fail(FakeFault.Status(503));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => tx.RunAsync(Create, Ketamine, Ct));

        Assert.EndsWith("is unavailable: HTTP 503 Service Unavailable", error.Message);
        Assert.Equal(2, fake.Requests.Count);
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(Ct));
    }

    [Fact]
    public async Task TransientErrorInsideATransaction_SurfacesAtOnce_WithoutRetry()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        await using var tx = await fake.Client().BeginAsync(Ct);
        fake.Fail(FakeFault.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock."));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => tx.RunAsync(Create, Ketamine, Ct));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task FailedStatement_IsAQueryError_AndDisposingAfterItDoesNotThrow()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("CREATE (e:Entity {id: $id)", FakeAnswer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input ')'"));
        var tx = await fake.Client().BeginAsync(Ct);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => tx.RunAsync("CREATE (e:Entity {id: $id)", Ketamine, Ct));
        await tx.DisposeAsync();

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("DELETE", fake.Requests[^1].Method);
        Assert.Empty(fake.RolledBack); // The server had already rolled it back when the statement failed.
    }

    [Fact]
    public async Task Begin_IsRetriedOnATransientFault_BecauseOpeningRunsNothing()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Status(503));

        await using var tx = await fake.Client().BeginAsync(Ct);

        Assert.Equal("tx1", tx.Id);
        Assert.Equal(2, fake.Requests.Count);
    }
}
