using MechanismGraph.Testing;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Api.Tests;

/// <summary>Relations of a whole page load together: a GraphQL page costs store calls per level, not per entity.</summary>
public sealed class BatchedLoadingTests
{
    private const string PageWithBothDirections =
        "{ entities(first: 100) { nodes { id outgoing { object { name } } incoming { subject { name } } } } }";

    [Fact]
    public async Task APageOfEntitiesWithTheirRelationsBothWays_CostsThreeStoreCalls_OnNeo4j()
    {
        var graph = ShippedSeed.Graph;
        await using var neo4j = await FakeQueryApi.StartAsync();
        FakeGraph.Serve(neo4j, graph);
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Graph:Store"] = "Neo4j",
            ["Neo4j:Url"] = neo4j.Url.ToString(),
            ["Neo4j:User"] = FakeQueryApi.User,
            ["Neo4j:Password"] = FakeQueryApi.Password,
        });

        var first = await CallsDuring(neo4j, () => api.QueryAsync(PageWithBothDirections));
        var second = await CallsDuring(neo4j, () => api.QueryAsync(PageWithBothDirections));

        // Every relation shows once from each end, so the page holds all of them twice.
        var nodes = first.Response.AssertNoErrors().Data.GetProperty("entities").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(graph.Entities.Count, nodes.Length);
        Assert.Equal(graph.Relations.Count, nodes.Sum(n => n.GetProperty("outgoing").GetArrayLength()));
        Assert.Equal(graph.Relations.Count, nodes.Sum(n => n.GetProperty("incoming").GetArrayLength()));
        Assert.Equal(first.Response.Json.ToString(), second.Response.Json.ToString());
        // The entity page, outgoing and incoming relations: their far ends are on the page already, so no entity read.
        Assert.Equal(Sorted("search-entities", "neighbours-outgoing", "neighbours-incoming"), second.Statements.Order().ToArray());
        // The first request of the process also reads the predicate vocabulary once; it is cached after.
        Assert.Equal(Sorted("search-entities", "predicates", "neighbours-outgoing", "neighbours-incoming"), first.Statements.Order().ToArray());
    }

    private static string[] Sorted(params string[] names) => names.Order().ToArray();

    private static async Task<(GraphQLResponse Response, string[] Statements)> CallsDuring(FakeQueryApi neo4j, Func<Task<GraphQLResponse>> query)
    {
        var before = neo4j.Requests.Count;
        var response = await query();
        var names = new[] { "search-entities", "get-entities", "predicates", "kinds", "neighbours-outgoing", "neighbours-incoming" };
        var statements = neo4j.Requests.Skip(before)
            .Select(r => r.Json.GetProperty("statement").GetString()!)
            .Select(sent => names.SingleOrDefault(n => FakeGraph.Statement(n) == sent) ?? sent)
            .ToArray();
        return (response, statements);
    }
}
