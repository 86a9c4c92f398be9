using MechanismGraph.Api.Hosting.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>Memory is given back once the service goes quiet after work, once per quiet period, and never while idle from the start.</summary>
public sealed class IdleMemoryTrimTests
{
    [Fact]
    public async Task AfterRequests_AQuietSecond_TrimsOnce_AndNotAgainUntilTheNextRequest()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?> { ["Memory:IdleTrimSeconds"] = "1" });
        using var client = api.CreateClient();
        var activity = api.Services.GetRequiredService<IdleActivity>();
        var ct = TestContext.Current.CancellationToken;

        await Task.Delay(TimeSpan.FromSeconds(2.5), ct);
        var beforeAnyRequest = activity.Trims;
        (await client.GetAsync("/health", ct)).EnsureSuccessStatusCode();
        var trimmed = await WaitForAsync(() => activity.Trims > beforeAnyRequest, TimeSpan.FromSeconds(30), ct);
        var afterFirst = activity.Trims;
        await Task.Delay(TimeSpan.FromSeconds(2.5), ct);

        Assert.Equal(0, beforeAnyRequest); // idle from the start: nothing to give back
        Assert.True(trimmed, "no trim within 30 s of going quiet");
        Assert.Equal(afterFirst, activity.Trims); // one trim per quiet period
    }

    [Fact]
    public void ShouldTrim_OnlyAfterRequestsAndTheQuietTime()
    {
        var activity = new IdleActivity();

        Assert.False(activity.ShouldTrim(TimeSpan.Zero));
        activity.RequestArrived();
        Assert.False(activity.ShouldTrim(TimeSpan.FromHours(1)));
        Assert.True(activity.ShouldTrim(TimeSpan.Zero));
        Assert.False(activity.ShouldTrim(TimeSpan.Zero));
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan within, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            await Task.Delay(100, ct);
        }
        return condition();
    }
}
