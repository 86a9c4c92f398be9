using System.Text.Json;

namespace MechanismGraph.Api.Tests;

/// <summary><c>neighbourhood</c>: the effects/causes traversal counted by kind, sign, family and source, ranked and filtered.</summary>
public sealed class NeighbourhoodQueryTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Fact]
    public async Task Neighbourhood_CountsWhatEffectsReaches_InEveryFacet_AndRanksShortestFirst()
    {
        var response = await api.Factory.QueryAsync("""
            { neighbourhood(of: "ketamine", maxHops: 3) { reached complete matching
                byKind { name count } bySign { name count } byFamily { name count } bySource { name count }
                top(first: 100) { hops entity { id } } }
              effects(of: "ketamine", maxHops: 3) { entity { id } netEffect } }
            """);

        var data = response.AssertNoErrors().Data;
        var n = data.GetProperty("neighbourhood");
        var effects = data.GetProperty("effects").EnumerateArray().ToArray();
        Assert.Equal(effects.Length, n.GetProperty("reached").GetInt32());
        Assert.True(n.GetProperty("complete").GetBoolean());
        Assert.Equal(effects.Length, n.GetProperty("matching").GetInt32());
        foreach (var facet in new[] { "byKind", "bySign", "byFamily", "bySource" })
            Assert.Equal(effects.Length, n.GetProperty(facet).EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(effects.Count(e => e.GetProperty("netEffect").GetString() == "DECREASES"), Count(n, "bySign", "DECREASES"));
        Assert.Equal(effects.Length, Count(n, "byFamily", "causal"));
        Assert.Equal(effects.Length, Count(n, "bySource", "ketamine-glutamate")); // the curated document quoted
        var hops = n.GetProperty("top").EnumerateArray().Select(i => i.GetProperty("hops").GetInt32()).ToArray();
        Assert.Equal(hops.Order(), hops);
        Assert.Equal(effects.Select(e => e.GetProperty("entity").GetProperty("id").GetString()).Order(),
            n.GetProperty("top").EnumerateArray().Select(i => i.GetProperty("entity").GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task Filters_NarrowTheRankedEntities_ButNotTheCounts_AndOffsetPages()
    {
        var all = await api.Factory.QueryAsync("""{ neighbourhood(of: "ketamine", maxHops: 3) { reached top(first: 4, offset: 2) { entity { id } } more: top(first: 6) { entity { id } } } }""");
        var decreased = await api.Factory.QueryAsync("""{ neighbourhood(of: "ketamine", maxHops: 3, sign: DECREASES) { reached matching top(first: 100) { netEffect } } }""");

        var page = all.AssertNoErrors().Data.GetProperty("neighbourhood");
        Assert.Equal(Ids(page.GetProperty("more")).Skip(2), Ids(page.GetProperty("top")));
        var filtered = decreased.AssertNoErrors().Data.GetProperty("neighbourhood");
        Assert.Equal(page.GetProperty("reached").GetInt32(), filtered.GetProperty("reached").GetInt32());
        Assert.InRange(filtered.GetProperty("matching").GetInt32(), 1, page.GetProperty("reached").GetInt32() - 1);
        Assert.All(filtered.GetProperty("top").EnumerateArray(), i => Assert.Equal("DECREASES", i.GetProperty("netEffect").GetString()));
    }

    [Fact]
    public async Task Upstream_CountsWhatCausesReaches()
    {
        var response = await api.Factory.QueryAsync("""
            { neighbourhood(of: "synaptogenesis", reach: UPSTREAM, maxHops: 2) { reached }
              causes(of: "synaptogenesis", maxHops: 2) { hops } }
            """);

        var data = response.AssertNoErrors().Data;
        Assert.Equal(data.GetProperty("causes").GetArrayLength(), data.GetProperty("neighbourhood").GetProperty("reached").GetInt32());
    }

    [Fact]
    public async Task AnOffsetOutOfRange_IsABadInputError()
    {
        var response = await api.Factory.QueryAsync("""{ neighbourhood(of: "ketamine") { top(offset: -1) { hops } } }""");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    private static int Count(JsonElement neighbourhood, string facet, string name) =>
        neighbourhood.GetProperty(facet).EnumerateArray().Where(c => c.GetProperty("name").GetString() == name).Sum(c => c.GetProperty("count").GetInt32());

    private static IEnumerable<string?> Ids(JsonElement influences) =>
        influences.EnumerateArray().Select(i => i.GetProperty("entity").GetProperty("id").GetString()).ToArray();
}
