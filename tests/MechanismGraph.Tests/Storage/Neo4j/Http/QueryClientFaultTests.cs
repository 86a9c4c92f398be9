using System.Diagnostics;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Storage.Neo4j.Http;

public sealed class QueryClientFaultTests
{
    private const string SyntaxErrorMessage = "Invalid input 'RETRUN': expected 'RETURN' (line 1, column 1 (offset: 0))\n\"RETRUN 1\"\n ^";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<QueryResult> ReadAsync(Neo4jQueryClient client) => client.RunAsync("RETURN 1", null, Neo4jAccessMode.Read, Ct);

    [Fact]
    public async Task ConnectionRefused_IsUnavailable_NamingTheUrl_AfterBoundedRetries()
    {
        var port = FakeQueryApi.UnusedPort();
        using var http = new HttpClient();
        var client = new Neo4jQueryClient(http, new Neo4jConnectionOptions
        {
            Url = new Uri($"http://127.0.0.1:{port}"),
            MaxRetries = 2,
            BaseDelay = TimeSpan.FromMilliseconds(5),
        });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => ReadAsync(client));

        Assert.Equal($"Neo4j at http://127.0.0.1:{port} is unreachable: connection refused (after 3 attempts)", error.Message);
        Assert.Equal(Neo4jErrorKind.Unavailable, error.Kind);
        Assert.False(await client.PingAsync(Ct));
    }

    [Fact]
    public async Task WrongPassword_IsAnAuthenticationError_SentOnce()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var client = fake.Client(o => o.Password = "wrong");

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => ReadAsync(client));

        Assert.Equal(
            $"Neo4j at {fake.Url.ToString().TrimEnd('/')} rejected the credentials of user 'neo4j' (HTTP 401 Unauthorized): Neo.ClientError.Security.Unauthorized: The client is unauthorized due to authentication failure.",
            error.Message);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Single(fake.Requests);
        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.PingAsync(Ct));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GatewayOrServiceUnavailableOnce_ReadRecoversOnRetry(int status)
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Status(status));

        var result = await ReadAsync(fake.Client());

        Assert.Equal(1L, result.Single<long>("1"));
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task PersistentServiceUnavailable_GivesUpAfterMaxRetriesPlusOneAttempts()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(Enumerable.Repeat(FakeFault.Status(503), 10).ToArray());

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => ReadAsync(fake.Client(o => o.MaxRetries = 3)));

        Assert.Equal($"Neo4j at {fake.Url.ToString().TrimEnd('/')} is unavailable: HTTP 503 Service Unavailable (after 4 attempts)", error.Message);
        Assert.Equal(4, fake.Requests.Count);
    }

    [Fact]
    public async Task Write_IsNotRetried_BecauseALostAnswerMightHaveCommitted()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Status(503));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => fake.Client().RunAsync("CREATE (:Entity)", null, Ct));

        Assert.EndsWith("is unavailable: HTTP 503 Service Unavailable", error.Message);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task SlowServer_TimesOutPerAttempt_AsUnavailable()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Delay(TimeSpan.FromSeconds(10)), FakeFault.Delay(TimeSpan.FromSeconds(10)));
        var client = fake.Client(o => (o.RequestTimeout, o.MaxRetries) = (TimeSpan.FromMilliseconds(200), 1));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => ReadAsync(client));

        Assert.Equal($"Neo4j at {fake.Url.ToString().TrimEnd('/')} did not answer within 200 ms (after 2 attempts)", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task CallerCancellation_IsNotAFault_AndIsNotRetried()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Delay(TimeSpan.FromSeconds(10)));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var run = fake.Client().RunAsync("RETURN 1", null, Neo4jAccessMode.Read, cancel.Token);
        while (fake.Requests.Count == 0) await Task.Delay(10, Ct); // cancel once the request has arrived, however busy the machine
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.Single(fake.Requests);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    [InlineData(400)]
    public async Task ErrorsPayload_IsAQueryFailure_WhateverTheHttpStatus(int status)
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Error(status, "Neo.ClientError.Statement.SyntaxError", SyntaxErrorMessage));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => ReadAsync(fake.Client()));

        Assert.Equal(
            $"Neo4j at {fake.Url.ToString().TrimEnd('/')} refused the statement with Neo.ClientError.Statement.SyntaxError: Invalid input 'RETRUN': expected 'RETURN' (line 1, column 1 (offset: 0)) \"RETRUN 1\" ^",
            error.Message);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task LongServerMessage_IsTrimmedTo300Characters()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Error(400, "Neo.ClientError.Statement.ParameterMissing", new string('x', 5000)));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => ReadAsync(fake.Client()));

        Assert.EndsWith(": " + new string('x', 300) + "…", error.Message);
    }

    [Fact]
    public async Task DatabaseError_IsAQueryFailure_NotRetried()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Error(500, "Neo.DatabaseError.General.UnknownError", "Something went wrong."));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => ReadAsync(fake.Client()));

        Assert.Equal("Neo.DatabaseError.General.UnknownError", error.Code);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task TransientError_IsRetried_AndTheReadRecovers()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock."));

        var result = await ReadAsync(fake.Client());

        Assert.Equal(1L, result.Single<long>("1"));
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task PersistentTransientError_IsUnavailable_WithItsCode()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(Enumerable.Repeat(FakeFault.Error(400, "Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request."), 3).ToArray());

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => ReadAsync(fake.Client(o => o.MaxRetries = 2)));

        Assert.Equal(
            $"Neo4j at {fake.Url.ToString().TrimEnd('/')} reported a transient error Neo.TransientError.General.DatabaseUnavailable: The database is not currently available to serve your request. (after 3 attempts)",
            error.Message);
        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
    }

    [Fact]
    public async Task MalformedJson_IsAProtocolError_WithoutTheBodyInTheMessage()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Body(202, FakeQueryApi.TypedJson, """{"data":{"fields":["1"],"values":[[{"$type":"Integer","_val"""));

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => ReadAsync(fake.Client()));

        Assert.Equal(
            $"Neo4j at {fake.Url.ToString().TrimEnd('/')} sent an answer that is not the Query API's: the body is not JSON (HTTP 202, application/vnd.neo4j.query)",
            error.Message);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task HtmlPage_FromAProxy_IsAProtocolError()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Body(200, "text/html", "<html><body>Welcome to nginx!</body></html>"));

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => ReadAsync(fake.Client()));

        Assert.EndsWith("the body is not JSON (HTTP 200, text/html)", error.Message);
        Assert.DoesNotContain("nginx", error.Message);
    }

    [Fact]
    public async Task NoQueryApiAtTheUrl_IsAProtocolError_ThatSaysSo()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Status(404));

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => ReadAsync(fake.Client()));

        Assert.EndsWith("HTTP 404 Not Found: no Query API answers at this URL (it is on by default from Neo4j 5.25)", error.Message);
    }

    [Theory]
    [InlineData("""{"data":{"fields":["n"],"values":[[42]]}}""", "expected a typed JSON value {\"$type\", \"_value\"} but found a JSON number")]
    [InlineData("""{"data":{"fields":["n"],"values":[[{"$type":"Vector","_value":[]}]]}}""", "unknown typed JSON type 'Vector'")]
    [InlineData("""{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"forty-two"}]]}}""", "a typed JSON Integer has a _value that is a JSON string it cannot be read from")]
    [InlineData("""{"data":{"fields":["a","b"],"values":[[{"$type":"Null","_value":null}]]}}""", "a row has 1 values for 2 fields")]
    [InlineData("""{"data":{"fields":["p"],"values":[[{"$type":"Path","_value":[{"$type":"Integer","_value":"1"}]}]]}}""", "a Path's element 0 is not a Node")]
    [InlineData("""[1, 2]""", "the body is a JSON array, not an object")]
    public async Task UnexpectedShape_IsAProtocolError_SayingWhatWasWrong(string body, string what)
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Body(202, FakeQueryApi.TypedJson, body));

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => ReadAsync(fake.Client()));

        Assert.Equal($"Neo4j at {fake.Url.ToString().TrimEnd('/')} sent an answer that is not the Query API's: {what}", error.Message);
    }
}
