using System.Diagnostics;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>The execution limit is kept to the answer, and abandoned work stops rather than holding its slot.</summary>
public sealed class WorkStopsTests
{
    [Fact]
    public async Task TheTimeoutAnswer_ComesAtTheLimit_NotWhenTheWorkNextLooks()
    {
        await using var api = new ApiFactory(await LargeGraph.SettingsAsync(new() { ["GraphQL:ExecutionTimeout"] = "00:00:00.5" }));
        using var client = api.CreateClient();
        await HostileRequest.GraphQLAsync(client, "{ stats { entities } }"); // start-up and import happen before the clock

        var (_, body, _, elapsed) = await HostileRequest.GraphQLAsync(client, LargeGraph.SlowQuery);

        Assert.Equal("TIMEOUT", HostileRequest.FirstCode(body));
        // Generous for a shared CI machine; the slow query alone takes several seconds (docs/reliability.md has the figures).
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"a 0.5 s limit answered after {elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task WhenTheClientLeaves_TheWorkStops_AndFreesItsSlot()
    {
        await using var api = new ApiFactory(await LargeGraph.SettingsAsync(new()
        {
            ["GraphQL:ExecutionTimeout"] = "00:01:00", ["Admission:MaxHeavyConcurrency"] = "1", ["Admission:HeavyQueueLength"] = "1",
        }));
        using var client = api.CreateClient();
        await HostileRequest.GraphQLAsync(client, "{ stats { entities } }");
        var alone = Stopwatch.StartNew();
        await HostileRequest.GraphQLAsync(client, LargeGraph.SlowQuery);
        alone.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"the slow query alone: {alone.Elapsed.TotalMilliseconds:0} ms");

        using var leave = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = LargeGraph.SlowQuery }), System.Text.Encoding.UTF8, "application/json"),
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(request, leave.Token));
        // The one heavy slot is free again only if the abandoned traversals stopped.
        var next = await HostileRequest.GraphQLAsync(client, "{ entities(first: 100) { nodes { id outgoing { id } incoming { id } } } }");

        TestContext.Current.TestOutputHelper?.WriteLine($"the next request after the client left: {next.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(200, next.Status);
        Assert.True(next.Elapsed < alone.Elapsed / 2, $"the next request waited {next.Elapsed.TotalMilliseconds:0} ms; the slow query alone takes {alone.Elapsed.TotalMilliseconds:0} ms");
    }
}
