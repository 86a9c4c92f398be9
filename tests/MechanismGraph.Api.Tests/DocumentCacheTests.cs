using MechanismGraph.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Api.Tests;

/// <summary>Repeated documents are parsed and validated once; variables are still checked on every request.</summary>
public sealed class DocumentCacheTests
{
    private const string Query = "query($from: String!, $hops: Int) { pathways(from: $from, to: \"synaptogenesis\", maxHops: $hops, limit: 1) { length } }";

    [Fact]
    public async Task RepeatedQuery_IsServedFromTheCache_WithTheSameAnswer()
    {
        // Without the response cache, which would answer the repeat before the executer sees it.
        await using var api = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:ResponseCacheBytes"] = "0" });
        var cache = api.Services.GetRequiredService<DocumentCache>();

        var first = await api.QueryAsync(Query, new { from = "ketamine", hops = 8 });
        var (hits, misses) = (cache.Hits, cache.Misses);
        var second = await api.QueryAsync(Query, new { from = "ketamine", hops = 8 });

        Assert.Equal(first.AssertNoErrors().Data.ToString(), second.AssertNoErrors().Data.ToString());
        Assert.Equal(hits + 1, cache.Hits);
        Assert.Equal(misses, cache.Misses);
    }

    [Fact]
    public async Task CachedDocument_StillCoercesVariables_AndStillAppliesArgumentLimits()
    {
        await using var api = new ApiFactory();
        (await api.QueryAsync(Query, new { from = "ketamine", hops = 8 })).AssertNoErrors();

        var wrongType = await api.QueryAsync(Query, new { from = "ketamine", hops = "eight" });
        var outOfRange = await api.QueryAsync(Query, new { from = "ketamine", hops = 11 });

        Assert.Contains("$hops", wrongType.FirstError.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", outOfRange.FirstErrorCode);
    }

    [Fact]
    public async Task InvalidDocument_IsNeverCached()
    {
        await using var api = new ApiFactory();
        var cache = api.Services.GetRequiredService<DocumentCache>();

        await api.QueryAsync("{ stats { nope } }");
        var second = await api.QueryAsync("{ stats { nope } }");

        Assert.Equal(0, cache.Hits);
        Assert.True(second.HasErrors);
    }

    [Fact]
    public async Task CachedDocument_IsStillCheckedForComplexity_WithEachRequestsVariables()
    {
        await using var api = new ApiFactory();
        const string fan = "query($n: Int) { entities(first: $n) { nodes { outgoing { subject { outgoing { object { outgoing { object { name } } } } } } } } }";

        var cheap = await api.QueryAsync(fan, new { n = 1 });
        var expensive = await api.QueryAsync(fan, new { n = 100 });

        cheap.AssertNoErrors();
        Assert.Equal("COMPLEXITY", expensive.FirstErrorCode);
    }
}
