namespace MechanismGraph.Api.Tests;

public sealed class ConnectionTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Fact]
    public async Task Entities_PageThroughEveryEntityOnce_WithStableOpaqueCursors()
    {
        var seen = new List<string>();
        string? after = null;
        int? total = null;
        for (var page = 0; page < 20; page++)
        {
            var response = await api.Factory.QueryAsync("""
                query($after: String) { entities(first: 7, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id } } }
                """, new { after });
            var connection = response.AssertNoErrors().Data.GetProperty("entities");
            total ??= connection.GetProperty("totalCount").GetInt32();
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()),
                connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
            Assert.All(edges, e => Assert.DoesNotContain(e.GetProperty("node").GetProperty("id").GetString()!, e.GetProperty("cursor").GetString()!));
            seen.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);

        // The same cursor gives the same page again.
        var again1 = await api.Factory.QueryAsync("query($after: String) { entities(first: 3, after: $after) { nodes { id } } }", new { after });
        var again2 = await api.Factory.QueryAsync("query($after: String) { entities(first: 3, after: $after) { nodes { id } } }", new { after });
        Assert.Equal(again1.Data.ToString(), again2.Data.ToString());
    }

    [Fact]
    public async Task Entities_SearchAndKind_Filter()
    {
        var response = await api.Factory.QueryAsync("""{ entities(kind: "receptor", first: 100) { totalCount nodes { id } } glut: entities(search: "GLUT") { nodes { id } } }""");

        var data = response.AssertNoErrors().Data;
        Assert.Equal(["ampa-receptor", "nmda-receptor", "nmda-receptor-gabaergic-interneuron"], data.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Contains(data.GetProperty("glut").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "glutamate-release");
    }

    [Fact]
    public async Task Relations_FilterBySubjectAndPredicate_WithTotalCount()
    {
        var response = await api.Factory.QueryAsync("""{ relations(subject: "Ketamine", predicate: "affects", first: 2) { totalCount pageInfo { hasNextPage } nodes { id predicate subject { id } } } }""");

        var connection = response.AssertNoErrors().Data.GetProperty("relations");
        Assert.Equal(6, connection.GetProperty("totalCount").GetInt32());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All(connection.GetProperty("nodes").EnumerateArray(), r => Assert.Equal("affects", r.GetProperty("predicate").GetString()));
    }

    [Fact]
    public async Task ForeignCursor_IsBadUserInput()
    {
        var response = await api.Factory.QueryAsync("""{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }""");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("not a entity cursor", response.FirstError.GetProperty("message").GetString());
    }
}
