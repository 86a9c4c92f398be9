using System.Net;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>Admission control: past the heavy lane and its queue requests are shed with 503 + Retry-After; /health always answers; per-client rate limits.</summary>
public sealed class AdmissionTests
{
    // Costly by the cost model (well above the light threshold), so it takes the heavy lane.
    private const string Heavy = "{ entities(first: 100) { nodes { id outgoing { id object { name } } incoming { id } } } }";

    [Fact]
    public async Task PastTheHeavyLaneAndItsQueue_RequestsAreShedWith503AndRetryAfter_AndHealthStillAnswers()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Admission:MaxHeavyConcurrency"] = "1", ["Admission:HeavyQueueLength"] = "1", ["GraphQL:ResponseCacheBytes"] = "0",
        });
        using var client = api.CreateClient();

        var load = Enumerable.Range(0, 40).Select(_ => HostileRequest.GraphQLAsync(client, Heavy)).ToList();
        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var answers = await Task.WhenAll(load);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var shed = answers.Where(a => a.Status == 503).ToList();
        Assert.NotEmpty(shed);
        Assert.All(shed, a =>
        {
            Assert.Equal("OVERLOADED", HostileRequest.FirstCode(a.Body));
            Assert.Equal("1", a.Response.Headers.RetryAfter?.ToString());
        });
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { 200, 503 }));
    }

    [Fact]
    public async Task CheapRequests_DoNotQueueBehindHeavyOnes()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Admission:MaxHeavyConcurrency"] = "1", ["Admission:HeavyQueueLength"] = "1", ["GraphQL:ResponseCacheBytes"] = "0",
        });
        using var client = api.CreateClient();

        var load = Enumerable.Range(0, 40).Select(_ => HostileRequest.GraphQLAsync(client, Heavy)).ToList();
        var cheap = await HostileRequest.GraphQLAsync(client, "{ stats { entities } }");
        await Task.WhenAll(load);

        Assert.Equal(200, cheap.Status);
        Assert.Matches("\"entities\":[1-9][0-9]*", cheap.Body);
    }

    [Fact]
    public async Task AClientOverItsRate_Gets429WithRetryAfter_ButHealthIsNeverLimited()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["RateLimit:LimitLoopback"] = "true", ["RateLimit:PermitsPerSecond"] = "1", ["RateLimit:Burst"] = "2",
        });
        using var client = api.CreateClient();

        var answers = new List<(int Status, string Body, HttpResponseMessage Response, TimeSpan Elapsed)>();
        for (var i = 0; i < 4; i++) answers.Add(await HostileRequest.GraphQLAsync(client, "{ stats { entities } }"));
        var healthy = true;
        for (var i = 0; i < 5; i++)
        {
            using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
            healthy &= health.StatusCode == HttpStatusCode.OK;
        }

        var limited = answers.Last();
        Assert.Equal(429, limited.Status);
        Assert.Equal("RATE_LIMITED", HostileRequest.FirstCode(limited.Body));
        Assert.NotNull(limited.Response.Headers.RetryAfter);
        Assert.True(healthy);
    }

    [Fact]
    public async Task LoopbackClients_AreNotRateLimitedByDefault()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?> { ["RateLimit:PermitsPerSecond"] = "1", ["RateLimit:Burst"] = "1" });
        using var client = api.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++) statuses.Add((await HostileRequest.GraphQLAsync(client, "{ stats { entities } }")).Status);

        Assert.All(statuses, s => Assert.Equal(200, s));
    }
}
