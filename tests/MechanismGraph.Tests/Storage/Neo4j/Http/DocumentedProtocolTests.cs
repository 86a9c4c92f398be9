using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Storage.Neo4j.Http;

/// <summary>
/// The client against what neo4j/docs-query-api and the server source document, one test per behaviour the fake
/// reproduces: expiry as 404 Request.Invalid, runtime errors as 202 with data then errors, empty rollback bodies,
/// statements over several lines, <c>$type</c> before <c>_value</c>, Forbidden, and the per-query server time limit.
/// </summary>
public sealed class DocumentedProtocolTests
{
    private const string Create = "CREATE (e:Entity {id: $id})";

    private static readonly Dictionary<string, object?> Ketamine = new() { ["id"] = "ketamine" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExpiredTransaction_Is404RequestInvalid_AndTheClientKnowsItAsExpiry()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var tx = await fake.Client().BeginAsync(Ct);
        fake.ExpireTransactions();

        var error = await Assert.ThrowsAsync<Neo4jTransactionExpiredException>(() => tx.RunAsync(Create, Ketamine, Ct));

        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.Contains("no longer knows transaction 'tx1'", error.Message);
    }

    [Fact]
    public async Task RollingBackAnExpiredTransaction_CountsAsRolledBack_InsteadOfThrowing()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var tx = await fake.Client().BeginAsync(Ct);
        fake.ExpireTransactions();

        await tx.RollbackAsync(Ct);

        var rollback = fake.Requests[^1];
        Assert.Equal("DELETE", rollback.Method);
        Assert.Empty(fake.RolledBack); // the fake no longer knew it: 404, which the client takes as already rolled back
    }

    [Fact]
    public async Task Rollback_IsAnsweredByAnEmpty202_WhichTheClientAccepts()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        using var raw = new HttpClient();
        var begun = await SendRawAsync(raw, fake, HttpMethod.Post, "/db/neo4j/query/v2/tx", "{}");
        var affinity = begun.Headers.GetValues("neo4j-cluster-affinity").Single();

        var rolledBack = await SendRawAsync(raw, fake, HttpMethod.Delete, "/db/neo4j/query/v2/tx/tx1", null, affinity);
        var tx = await fake.Client().BeginAsync(Ct);
        await tx.RollbackAsync(Ct);

        Assert.Equal(HttpStatusCode.Accepted, rolledBack.StatusCode);
        Assert.Empty(await rolledBack.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["tx1", "tx2"], fake.RolledBack);
    }

    [Fact]
    public async Task RuntimeErrorWhileStreaming_202WithDataThenErrors_IsAQueryError()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("RETURN 1 / $zero AS x", FakeAnswer.FailsWhileStreaming("""{"fields":["x"],"values":[]}""", "Neo.ClientError.Statement.ArithmeticError", "/ by zero"));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() =>
            fake.Client().RunAsync("RETURN 1 / $zero AS x", new Dictionary<string, object?> { ["zero"] = 0L }, Neo4jAccessMode.Read, Ct));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal(1, fake.RequestCount); // a query error is not retried
    }

    [Fact]
    public async Task StatementOverSeveralLines_IsAcceptedByTheFake_AsByARealServer()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("MATCH (e:Entity)\nRETURN count(e) AS n", """{"fields":["n"],"values":[[{"$type":"Integer","_value":"3"}]]}""");
        using var raw = new HttpClient();

        var answer = await SendRawAsync(raw, fake, HttpMethod.Post, "/db/neo4j/query/v2", """{"statement":"MATCH (e:Entity)\nRETURN count(e) AS n"}""");

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        Assert.Contains("\"_value\":\"3\"", await answer.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TypedParameter_WithValueBeforeType_IsRefusedByTheFake_AndTheClientSendsTypeFirst()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        using var raw = new HttpClient();

        var refused = await SendRawAsync(raw, fake, HttpMethod.Post, "/db/neo4j/query/v2",
            """{"statement":"RETURN $x","parameters":{"x":{"$type":"List","_value":[{"_value":"1","$type":"Integer"}]}}}""");
        await fake.Client().RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = new object?[] { 1L, "a", new Dictionary<string, object?> { ["k"] = 2.5 } } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("in that order", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("\"x\":{\"$type\":\"List\",\"_value\":[{\"$type\":\"Integer\"", fake.Requests[^1].Body);
    }

    [Fact]
    public async Task Forbidden_IsAConfigurationErrorNamingThePrivilege_NotUnavailability()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Error(400, "Neo.ClientError.Security.Forbidden",
            "Create node with labels 'Generation' on database 'neo4j' is not allowed for user 'neo4j' with roles [PUBLIC, reader]."));
        var seeder = new Neo4jSeeder(fake.Client(o => o.MaxRetries = 0));

        var error = await Assert.ThrowsAsync<StoreMisconfiguredException>(() => seeder.SeedAsync(TestGraphs.Of([TestGraphs.Binds], []), cancellationToken: Ct));

        var forbidden = Assert.IsType<Neo4jForbiddenException>(error.InnerException);
        Assert.Equal("WRITE", forbidden.Privilege);
        Assert.Contains("refused user 'neo4j' the WRITE privilege on database 'neo4j'", error.Message);
        Assert.Contains("GRANT WRITE ON GRAPH neo4j TO <role>", error.Message);
        Assert.Equal(1, fake.RequestCount);
    }

    [Theory]
    [InlineData("Schema operations are not allowed for user 'app' with roles [PUBLIC, editor].", "CONSTRAINT MANAGEMENT")]
    [InlineData("Creating an index is not allowed for user 'app'.", "INDEX MANAGEMENT")]
    [InlineData("Database access is not allowed for user 'app' with roles [PUBLIC].", "ACCESS")]
    [InlineData("Read operations are not allowed for user 'app' with roles [PUBLIC].", "MATCH")]
    [InlineData("Set property for property 'name' on database 'neo4j' is not allowed for user 'app'.", "WRITE")]
    public async Task ForbiddenReads_AreStoreMisconfigured_WithThePrivilegeNeo4jsMessageNames(string message, string privilege)
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Error(400, "Neo.ClientError.Security.Forbidden", message));
        var store = new Neo4jGraphStore(fake.Client(o => o.MaxRetries = 0));

        var error = await Assert.ThrowsAsync<StoreMisconfiguredException>(() => store.CountsAsync(Ct));

        Assert.Equal(privilege, Assert.IsType<Neo4jForbiddenException>(error.InnerException).Privilege);
    }

    [Fact]
    public async Task PathSearch_SendsItsTimeBoundAsMaxExecutionTime_WhenServerTimeoutsAreOn()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var search = new PathSearch("ketamine", "bdnf", 4, ["blocks"], [], 5, 1000);

        await new Neo4jGraphStore(fake.Client(o => o.SendServerTimeouts = true), TimeSpan.FromMilliseconds(2500)).FindPathsAsync(search, Ct);
        await new Neo4jGraphStore(fake.Client(), TimeSpan.FromMilliseconds(2500)).FindPathsAsync(search, Ct);
        await new Neo4jGraphStore(fake.Client(o => o.SendServerTimeouts = true)).DocumentsAsync(Ct);

        var sent = fake.Requests;
        Assert.Equal(3, sent[0].Json.GetProperty("maxExecutionTime").GetInt32()); // whole seconds, rounded up
        Assert.False(sent[1].Json.TryGetProperty("maxExecutionTime", out _)); // off by default: servers before 2026.04 do not know it
        Assert.False(sent[2].Json.TryGetProperty("maxExecutionTime", out _)); // only path searches are bounded per query
    }

    private static async Task<HttpResponseMessage> SendRawAsync(HttpClient http, FakeQueryApi fake, HttpMethod method, string path, string? body, string? affinity = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(fake.Url, path));
        if (affinity is not null)
            request.Headers.Add("neo4j-cluster-affinity", affinity);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeQueryApi.User}:{FakeQueryApi.Password}")));
        request.Headers.Accept.ParseAdd(FakeQueryApi.TypedJson);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, FakeQueryApi.TypedJson);
        return await http.SendAsync(request, Ct);
    }
}
