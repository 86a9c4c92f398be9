using System.Net.Http.Headers;
using System.Text;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests;

/// <summary>Every limit answers with a clear error and a stable code, never a 500.</summary>
public sealed class LimitTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Theory]
    [InlineData("""{ pathways(from: "ketamine", to: "synaptogenesis", maxHops: 11) { length } }""", "maxHops must be between 1 and 10; got 11")]
    [InlineData("""{ pathways(from: "ketamine", to: "synaptogenesis", maxHops: 0) { length } }""", "maxHops must be between 1 and 10; got 0")]
    [InlineData("""{ pathways(from: "ketamine", to: "synaptogenesis", limit: 51) { length } }""", "limit must be between 1 and 50; got 51")]
    [InlineData("""{ entities(first: 101) { totalCount } }""", "first must be between 1 and 100; got 101")]
    [InlineData("""{ facts(first: 0) { sentence } }""", "first must be between 1 and 100; got 0")]
    [InlineData("""{ effects(of: "ketamine", maxHops: 99) { hops } }""", "maxHops must be between 1 and 10; got 99")]
    [InlineData("""{ pathways(from: "ketamine", to: "ketamine") { length } }""", "from and to are the same entity")]
    [InlineData("""{ pathways(from: "ketamine", to: "synaptogenesis", predicates: ["blockz"]) { length } }""", "Unknown predicate 'blockz'")]
    [InlineData("""{ entity(ref: "ketamine") { outgoing(predicate: "blockz") { id } } }""", "Unknown predicate 'blockz'")]
    [InlineData("""{ relations(predicate: "blockz") { totalCount } }""", "Unknown predicate 'blockz'")]
    [InlineData("""{ entities(kind: "Drugg") { totalCount } }""", "Unknown kind 'Drugg'; known kinds: ")]
    public async Task OutOfRangeArguments_AreBadUserInput(string query, string message)
    {
        var response = await api.Factory.QueryAsync(query);

        Assert.Equal(200, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains(message, response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task TooDeepAQuery_IsRejectedForComplexity()
    {
        // 23 levels of nesting: entity { outgoing { object { outgoing { object … { id } } } } }
        var deep = "{ entity(ref: \"ketamine\") { " + string.Concat(Enumerable.Repeat("outgoing { object { ", 11)) + "id" + new string('}', 23) + " }";

        var response = await api.Factory.QueryAsync(deep);

        Assert.Equal("COMPLEXITY", response.FirstErrorCode);
        Assert.False(response.Json.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task TooComplexAQuery_IsRejectedForComplexity()
    {
        var fan = """{ entities(first: 100) { nodes { outgoing { object { incoming { subject { outgoing { evidence { quote } } } } } } } } }""";

        var response = await api.Factory.QueryAsync(fan);

        Assert.Equal("COMPLEXITY", response.FirstErrorCode);
        Assert.Contains("too complex", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task GraphiQLsIntrospectionQuery_IsWithinTheLimits()
    {
        // The query GraphiQL sends first (graphql-js getIntrospectionQuery with descriptions): ofType nests 15 levels deep.
        var typeRef = "kind name " + string.Concat(Enumerable.Repeat("ofType { kind name ", 7)) + new string('}', 7).Replace("}", " }");
        var response = await api.Factory.QueryAsync(
            "query IntrospectionQuery { __schema { queryType { name } types { kind name description fields(includeDeprecated: true) { name description " +
            "args { name description type { " + typeRef + " } defaultValue } type { " + typeRef + " } isDeprecated deprecationReason } " +
            "inputFields { name type { " + typeRef + " } } interfaces { " + typeRef + " } enumValues(includeDeprecated: true) { name description } " +
            "possibleTypes { " + typeRef + " } } directives { name description locations args { name type { " + typeRef + " } } } } }");
        response.AssertNoErrors();
    }

    [Fact]
    public async Task PlaygroundExampleQueries_AreWithinTheLimits()
    {
        var response = await api.Factory.QueryAsync("""
            query { pathways(from: "ketamine", to: "synaptogenesis", maxHops: 8, limit: 3) {
                length netEffect score summary entities { id name kind }
                steps { id predicate sign sentence evidence { quote document start end } } } }
            """);
        response.AssertNoErrors();
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        using var client = api.Factory.CreateClient();
        var padding = new string(' ', 70_000);
        using var content = new StringContent($$"""{"query":"{ stats { entities } }{{padding}}"}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var parsed = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(413, parsed.Status);
        Assert.Equal("REQUEST_TOO_LARGE", parsed.FirstErrorCode);
    }

    [Fact]
    public async Task ExecutionTimeout_GivesATimeoutError()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.0000001" });

        var response = await factory.QueryAsync("""{ pathways(from: "ketamine", to: "synaptogenesis") { length } }""");

        Assert.Equal(200, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.Contains("execution limit", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AmbiguousReference_ListsTheCandidates()
    {
        // Two entities sharing a CURIE is valid seed data (a receptor and its activity can share a GO term).
        using var seed = new SeedFixture().Replace("entities.yaml", "    xrefs: [GO:0032281]", "    xrefs: [GO:0032281, GO:0017146]");
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Graph:SeedData"] = seed.Directory });

        var response = await factory.QueryAsync("""{ entity(ref: "go:0017146") { id } }""");

        Assert.Equal("AMBIGUOUS", response.FirstErrorCode);
        var candidates = response.FirstError.GetProperty("extensions").GetProperty("candidates").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["ampa-receptor", "nmda-receptor"], candidates.Order());
    }
}
